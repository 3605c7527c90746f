using KoersInsights.Core;
using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Migrations;
using Npgsql;

namespace KoersInsights.Warehouse.Tests.Migrations;

public sealed class MigratorTests
{
    [PostgresFact]
    public async Task Applies_every_group_in_order_and_journals_each_script()
    {
        await using var db = await TestDatabase.CreateAsync("mig");
        using var sql = new ScriptFolder()
            .With("migrations/0001-Table-a-Create.sql", "CREATE TABLE public.a (id int);")
            .With("migrations/0002-Table-b-Create.sql", "CREATE TABLE public.b (id int);")
            .With("views/10-v.sql", "DROP VIEW IF EXISTS public.v; CREATE VIEW public.v AS SELECT id FROM public.a;")
            .With("post/0001-grants.sql", "GRANT SELECT ON public.v TO PUBLIC;");

        var applied = await new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync();

        Assert.Equal(
            ["migrations/0001-Table-a-Create.sql", "migrations/0002-Table-b-Create.sql", "views/10-v.sql", "post/0001-grants.sql"],
            applied.Select(a => a.Name));
        Assert.Equal(4L, await ScalarAsync<long>(db, "SELECT count(*) FROM etl.schema_journal"));
    }

    [PostgresFact]
    public async Task A_migration_may_drop_a_column_a_view_reads_and_the_view_comes_back_without_it()
    {
        await using var db = await TestDatabase.CreateAsync("mig");
        using var sql = new ScriptFolder()
            .With("migrations/0001-Table-a-Create.sql", "CREATE TABLE public.a (id int, old int);")
            .With("views/10-public.v.sql", "DROP VIEW IF EXISTS public.v CASCADE; CREATE VIEW public.v AS SELECT * FROM public.a;")
            .With("views/20-public.w.sql", "DROP VIEW IF EXISTS public.w CASCADE; CREATE VIEW public.w AS SELECT id FROM public.v;");
        await new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync();
        sql.With("migrations/0002-Column-old-Drop.sql", "ALTER TABLE public.a DROP COLUMN old;");

        var applied = await new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync();

        Assert.Equal(["migrations/0002-Column-old-Drop.sql", "views/10-public.v.sql", "views/20-public.w.sql"], applied.Select(a => a.Name));
        Assert.Equal(1L, await ScalarAsync<long>(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'v'"));
        Assert.Equal(1L, await ScalarAsync<long>(db, "SELECT count(*) FROM information_schema.views WHERE table_name = 'w'"));
    }

    [PostgresFact]
    public async Task Second_run_applies_nothing()
    {
        await using var db = await TestDatabase.CreateAsync("mig");
        var migrator = new Migrator(db.ConnectionString, new EmbeddedScriptProvider());
        var first = await migrator.MigrateAsync();

        var second = await migrator.MigrateAsync();

        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Equal(4L, await ScalarAsync<long>(
            db, "SELECT count(*) FROM pg_namespace WHERE nspname IN ('etl', 'stg', 'dw', 'rpt')"));
    }

    [PostgresFact]
    public async Task Edited_run_once_script_is_an_error_naming_the_script()
    {
        await using var db = await TestDatabase.CreateAsync("mig");
        using var sql = new ScriptFolder().With("migrations/0001-Table-a-Create.sql", "CREATE TABLE public.a (id int);");
        await new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync();
        sql.With("migrations/0001-Table-a-Create.sql", "CREATE TABLE public.a (id bigint);");

        var error = await Assert.ThrowsAsync<KoersException>(
            () => new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync());

        Assert.Contains("sql/migrations/0001-Table-a-Create.sql was edited", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Failing_script_rolls_back_and_leaves_the_journal_untouched()
    {
        await using var db = await TestDatabase.CreateAsync("mig");
        using var sql = new ScriptFolder()
            .With("migrations/0001-Table-a-Create.sql", "CREATE TABLE public.a (id int);")
            .With("migrations/0002-Table-b-Create.sql", "CREATE TABLE public.b (id int);\nINSERT INTO public.b VALUES ('not a number');");

        var error = await Assert.ThrowsAsync<KoersException>(
            () => new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync());

        Assert.Contains("sql/migrations/0002-Table-b-Create.sql line 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(["migrations/0001-Table-a-Create.sql"], await JournalAsync(db));
        Assert.Equal(0L, await ScalarAsync<long>(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'b'"));
    }

    [PostgresFact]
    public async Task Changed_view_reapplies_the_whole_view_group_but_no_run_once_script()
    {
        await using var db = await TestDatabase.CreateAsync("mig");
        using var sql = new ScriptFolder()
            .With("migrations/0001-Table-a-Create.sql", "CREATE TABLE public.a (id int, name text);")
            .With("views/10-v.sql", "DROP VIEW IF EXISTS public.v CASCADE; CREATE VIEW public.v AS SELECT id FROM public.a;")
            .With("views/20-w.sql", "DROP VIEW IF EXISTS public.w; CREATE VIEW public.w AS SELECT id FROM public.v;");
        await new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync();
        sql.With("views/10-v.sql", "DROP VIEW IF EXISTS public.v CASCADE; CREATE VIEW public.v AS SELECT id, name FROM public.a;");

        var applied = await new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync();

        Assert.Equal(["views/10-v.sql", "views/20-w.sql"], applied.Select(a => a.Name));
        Assert.Equal(1L, await ScalarAsync<long>(db, "SELECT count(*) FROM pg_views WHERE viewname = 'w'"));
    }

    [PostgresFact]
    public async Task Two_concurrent_migrations_apply_each_script_once()
    {
        await using var db = await TestDatabase.CreateAsync("mig");
        using var sql = new ScriptFolder()
            .With("migrations/0001-Table-counter-Create.sql", "CREATE TABLE public.counter (n int); SELECT pg_sleep(0.2);")
            .With("migrations/0002-Data-counter-Insert.sql", "INSERT INTO public.counter VALUES (1);");

        var runs = await Task.WhenAll(
            new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync(),
            new Migrator(db.ConnectionString, new FileSystemScriptProvider(sql.Root)).MigrateAsync());

        Assert.Equal(2, runs.Sum(r => r.Count));
        Assert.Equal(1L, await ScalarAsync<long>(db, "SELECT count(*) FROM public.counter"));
    }

    [Fact]
    public void Misnamed_run_once_script_is_refused()
    {
        using var sql = new ScriptFolder().With("migrations/create-table.sql", "SELECT 1;");

        var error = Assert.Throws<KoersException>(() => new FileSystemScriptProvider(sql.Root).GetScripts());

        Assert.Contains("NNNN-Type-Object-Verb.sql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repository_sql_folder_is_embedded_and_every_migration_states_its_name_convention()
    {
        var scripts = new EmbeddedScriptProvider().GetScripts();
        var onDisk = Directory.GetFiles(Path.Combine(TestEnvironment.RepositoryRoot, "sql"), "*.sql", SearchOption.AllDirectories);

        Assert.Equal(onDisk.Length, scripts.Count);
    }

    [PostgresFact]
    public async Task Reporting_role_reads_rpt_only()
    {
        await using var db = await TestDatabase.CreateAsync("mig");
        await new Migrator(db.ConnectionString, new EmbeddedScriptProvider()).MigrateAsync();

        Assert.False(await ScalarAsync<bool>(db, "SELECT has_schema_privilege('koers_reporting', 'dw', 'USAGE')"));
        Assert.False(await ScalarAsync<bool>(db, "SELECT has_schema_privilege('koers_reporting', 'etl', 'USAGE')"));
        Assert.True(await ScalarAsync<bool>(db, "SELECT has_schema_privilege('koers_reporting', 'rpt', 'USAGE')"));
        Assert.True(await ScalarAsync<bool>(db, "SELECT has_schema_privilege('koers_loader', 'stg', 'USAGE')"));
    }

    private static async Task<T> ScalarAsync<T>(TestDatabase db, string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> JournalAsync(TestDatabase db)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT script_name FROM etl.schema_journal ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
