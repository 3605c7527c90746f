using System.CommandLine;

namespace KoersInsights.Cli.Commands;

/// <summary>Every top-level command of <c>./koers</c>, in the order <c>--help</c> lists them (product.md, "CLI").</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliGlobals globals)
    {
        yield return DemoCommand.Create(globals);
        yield return RefreshCommand.Create(globals);
        yield return IngestCommand.Create(globals);
        yield return MigrateCommand.Create(globals);
        yield return LoadCommand.Create(globals);
        yield return ExtractCommand.Create(globals);
        yield return StatusCommand.Create(globals);
        yield return SqlCommand.Create(globals);
        yield return ParquetCommand.Create(globals);
    }
}
