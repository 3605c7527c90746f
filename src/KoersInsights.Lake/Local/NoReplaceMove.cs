using System.Runtime.InteropServices;

namespace KoersInsights.Lake.Local;

/// <summary>
/// Moves a finished temp file to a name only when that name is free, atomically across processes.
/// File.Move(overwrite: false) is not enough on Linux: .NET 10 checks for the target and then calls rename(2)
/// (seen with strace), so two racing processes can both "win". link(2) fails with EEXIST instead, atomically.
/// On Windows MoveFileEx without MOVEFILE_REPLACE_EXISTING already fails atomically, so File.Move is used there.
/// </summary>
internal static partial class NoReplaceMove
{
    private const int EEXIST = 17;

    public static bool TryMove(string source, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(source, target, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(target))
            {
                return false;
            }
        }

        if (Link(source, target) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno == EEXIST)
            {
                return false;
            }

            throw new IOException($"link({target}) failed with errno {errno}.");
        }

        File.Delete(source);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string oldPath, string newPath);
}
