using System.Security.Cryptography;
using System.Text;

namespace KoersInsights.Warehouse.Migrations;

/// <summary>One SQL script of a group; <see cref="Name"/> is its path under sql/ (e.g. <c>migrations/0001-Schema-koers-Create.sql</c>).</summary>
public sealed record SqlScript(string Name, ScriptGroup Group, string Contents)
{
    /// <summary>SHA-256 of the text with line endings normalised, so a checkout on Windows is not an "edit".</summary>
    public string Checksum { get; } = Convert.ToHexString(
        SHA256.HashData(Encoding.UTF8.GetBytes(Contents.Replace("\r\n", "\n", StringComparison.Ordinal)))).ToLowerInvariant();
}

/// <summary>The three groups of scripts, applied in this order (DbUp's run-once / run-always split).</summary>
public enum ScriptGroup
{
    /// <summary><c>sql/migrations/NNNN-Type-Object-Verb.sql</c>: tables and reference data, each applied once.</summary>
    RunOnce = 0,

    /// <summary><c>sql/views/*.sql</c>: one file per view with its current definition; the group is reapplied when it changed.</summary>
    Views = 1,

    /// <summary><c>sql/post/*.sql</c>: grants and other settings that must follow every change of views.</summary>
    Post = 2,
}
