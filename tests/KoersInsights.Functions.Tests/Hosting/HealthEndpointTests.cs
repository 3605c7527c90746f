using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using KoersInsights.TestSupport;

namespace KoersInsights.Functions.Tests.Hosting;

public sealed class HealthEndpointTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [PostgresFact]
    public async Task Health_endpoint_on_loopback_reports_every_function_that_ran()
    {
        await using var db = await TestDatabase.CreateAsync("health");
        var home = HostProcess.NewHome();
        var port = FreePort();
        var configuration = new Dictionary<string, string>
        {
            ["Koers__Functions__HealthUrl"] = $"http://127.0.0.1:{port}",
            ["Koers__Functions__IngestSurveys__RunOnStartup"] = "true",
        };

        using var host = HostProcess.Start(home, db.ConnectionString, configuration);
        var body = await PollHealthAsync(port, host, json => json.Contains("IngestSurveys", StringComparison.Ordinal));

        using var document = JsonDocument.Parse(body);
        Assert.Equal("healthy", document.RootElement.GetProperty("status").GetString());
        var function = Assert.Single(document.RootElement.GetProperty("functions").EnumerateArray());
        Assert.Equal("IngestSurveys", function.GetProperty("name").GetString());
        Directory.Delete(home, recursive: true);
    }

    private static async Task<string> PollHealthAsync(int port, HostProcess host, Func<string, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !host.HasExited)
        {
            try
            {
                using var response = await Http.GetAsync($"http://127.0.0.1:{port}/health");
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK && ready(body))
                {
                    return body;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200); // polling the endpoint until the host has started and run
        }

        throw new TimeoutException("the health endpoint never reported the startup run");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
