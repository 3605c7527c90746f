using System.Globalization;
using KoersInsights.Core;
using KoersInsights.Core.Configuration;
using KoersInsights.Functions;
using KoersInsights.Functions.Running;
using KoersInsights.FunctionsHost.Health;
using KoersInsights.FunctionsHost.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KoersInsights.FunctionsHost;

/// <summary>
/// The timer-triggered functions host: a .NET Generic Host (the Azure Functions worker packages do not restore
/// here) running the functions of <see cref="FunctionCatalog"/> on NCRONTAB schedules, with a loopback health
/// endpoint. <c>--list</c> prints the schedules; <c>--run-once NAME</c> runs one function and exits.
/// </summary>
public static class FunctionsHostProgram
{
    private const string Usage = """
        Usage: koers-functions [--list | --run-once NAME | --help]
          (no option)      run every function on its schedule until stopped (Ctrl+C / SIGTERM)
          --list           each function, its schedule, time zone and next three occurrences
          --run-once NAME  run one function now (singleton lock and run history as on a timer) and exit
        Configuration: koers.json and environment as for ./koers; schedules under Koers:Functions:<Name>:Schedule
        (NCRONTAB, six fields, seconds first), Koers:Functions:TimeZone (default Europe/Amsterdam),
        Koers:Functions:HealthUrl (default http://127.0.0.1:7071, loopback only).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = Environment.GetEnvironmentVariable("KOERS_ROOT") ?? Directory.GetCurrentDirectory();
            var settings = KoersSettingsLoader.Load(root, defaultsFile: Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
            var production = string.Equals(
                Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"),
                "Production",
                StringComparison.OrdinalIgnoreCase);
            var functions = ScheduledFunction.FromConfiguration(FunctionCatalog.All, settings.Configuration, production);
            switch (args)
            {
                case ["--help" or "-h" or "-?"]:
                    await stdout.WriteLineAsync(Usage);
                    return 0;
                case ["--list"]:
                    await ListAsync(functions, stdout);
                    return 0;
                case ["--run-once", var name]:
                    return await RunOnceAsync(functions, name, settings, stdout);
                case []:
                    await HostAsync(functions, settings);
                    return 0;
                default:
                    await stderr.WriteLineAsync($"koers-functions: unknown arguments '{string.Join(' ', args)}'\n{Usage}");
                    return 2;
            }
        }
        catch (KoersException ex)
        {
            await stderr.WriteLineAsync($"koers-functions: {ex.Message}");
            return 1;
        }
    }

    private static async Task ListAsync(IReadOnlyList<ScheduledFunction> functions, TextWriter stdout)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var f in functions)
        {
            var next = f.Schedule.Next(now, 3)
                .Select(o => TimeZoneInfo.ConvertTime(o, f.Schedule.TimeZone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
            await stdout.WriteLineAsync(
                $"{f.Function.Name,-24} {f.Schedule.Expression,-16} {f.Schedule.TimeZone.Id,-18} {string.Join("  ", next)}");
        }
    }

    private static async Task<int> RunOnceAsync(IReadOnlyList<ScheduledFunction> functions, string name, KoersSettings settings, TextWriter stdout)
    {
        var function = functions.FirstOrDefault(f => string.Equals(f.Function.Name, name, StringComparison.OrdinalIgnoreCase))?.Function
            ?? throw new KoersException($"no function named '{name}'; known: {string.Join(", ", functions.Select(f => f.Function.Name))}");
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
        var logger = loggers.CreateLogger(function.Name);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var context = await FunctionEnvironment.CreateContextAsync(settings, FunctionTrigger.Manual, logger, null, cancel.Token);
        var outcome = await new FunctionRunner().RunAsync(function, context, cancel.Token);
        await stdout.WriteLineAsync($"{outcome.Function}: {outcome.Status} — {outcome.Message}");
        return outcome.Status is "succeeded" or "skipped" ? 0 : 1;
    }

    private static async Task HostAsync(IReadOnlyList<ScheduledFunction> functions, KoersSettings settings)
    {
        var healthUrl = settings.Configuration["Koers:Functions:HealthUrl"] ?? "http://127.0.0.1:7071";
        if (!Uri.TryCreate(healthUrl, UriKind.Absolute, out var health) || !health.IsLoopback)
        {
            throw new KoersException($"Koers:Functions:HealthUrl '{healthUrl}' must be a loopback http URL (e.g. http://127.0.0.1:7071)");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(healthUrl);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(functions);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<FunctionScheduler>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(60));
        var app = builder.Build();
        HealthEndpoint.Map(app, settings);
        await app.RunAsync();
    }
}
