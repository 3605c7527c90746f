using KoersInsights.Warehouse.Migrations;

namespace KoersInsights.Warehouse.Tests.Migrations;

public sealed class SqlStatementSplitterTests
{
    [Fact]
    public void Semicolons_inside_quotes_dollar_quotes_and_comments_do_not_split()
    {
        const string script = """
            -- a comment; not a statement end
            CREATE TABLE t (a text DEFAULT 'x;y', "b;c" int);
            /* block; comment */
            DO $body$ BEGIN PERFORM 1; PERFORM $$nested;$$; END $body$;
            SELECT $1;
            -- trailing comment only
            """;

        var statements = SqlStatementSplitter.Split(script).Select(s => s.Text).ToList();

        Assert.Equal(3, statements.Count);
        Assert.EndsWith("CREATE TABLE t (a text DEFAULT 'x;y', \"b;c\" int)", statements[0], StringComparison.Ordinal);
        Assert.EndsWith("DO $body$ BEGIN PERFORM 1; PERFORM $$nested;$$; END $body$", statements[1], StringComparison.Ordinal);
        Assert.Equal("SELECT $1", statements[2]);
    }

    [Fact]
    public void Offsets_point_at_the_statement_in_the_script()
    {
        const string script = "SELECT 1;\n\n  SELECT 2;";

        var second = SqlStatementSplitter.Split(script)[1];

        Assert.Equal("SELECT 2", script.Substring(second.Offset, second.Text.Length));
    }
}
