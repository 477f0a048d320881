using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SroDocs.Bench;

/// <summary>
/// Save-to-reload as an author sees it: a running <c>serve</c> (the published program, search included where Pagefind is
/// installed) on a copy of the content; one page is saved, and the time is taken until the preview's reload event
/// arrives on its event stream (what makes open tabs reload).
/// </summary>
public static class SaveToReload
{
    public static async Task<int> RunAsync(string program, string content, string theme, int runs)
    {
        var copy = Measurements.CopyOf(content);
        var port = FreePort();
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "serve", "--content", copy, "--theme", theme, "--port", port.ToString(), "--stand", "2026-12-01" })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        _ = server.StandardError.ReadToEndAsync();
        try
        {
            while (await server.StandardOutput.ReadLineAsync() is { } line && !line.StartsWith("Vorschau läuft", StringComparison.Ordinal))
            {
            }

            _ = Task.Run(async () => { while (await server.StandardOutput.ReadLineAsync() is not null) { } });
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            using var events = new StreamReader(await http.GetStreamAsync($"http://127.0.0.1:{port}/__srodocs/ereignisse"));
            (await events.ReadLineAsync()).ShouldStartWith(": verbunden");

            var page = Measurements.PageToEdit(copy);
            var original = await File.ReadAllTextAsync(page);
            var times = new List<double>();
            for (var i = 0; i < runs + 2; i++)
            {
                await Task.Delay(300); // the search index of the build before runs behind it; an author saves seconds apart
                var clock = Stopwatch.StartNew();
                await File.WriteAllTextAsync(page, original + $"\n\nGespeichert {i}.\n");
                while (await events.ReadLineAsync() is { } line && line != "event: reload")
                {
                    if (line == "event: fehler")
                    {
                        throw new InvalidOperationException("Die Vorschau meldet einen Fehler im Inhalt.");
                    }
                }

                if (i >= 2)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine($"Speichern bis Neuladen (serve): Median {Measurements.Median(times):F0} ms (min {times.Min():F0}, max {times.Max():F0}, {runs} Läufe)");
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(copy, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void ShouldStartWith(this string? line, string start)
    {
        if (line is null || !line.StartsWith(start, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unerwartete erste Zeile des Ereignisstroms: '{line}'.");
        }
    }
}
