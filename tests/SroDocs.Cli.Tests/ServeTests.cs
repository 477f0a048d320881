using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using SroDocs.Cli;
using SroDocs.Testing;

namespace SroDocs.Cli.Tests;

/// <summary>
/// <c>serve</c> end to end: the real command on a free loopback port, a real HTTP client, real edits of the content
/// folder. A good edit is served and announced with a reload event, a broken one with its located message while the
/// last good page stays, a fix recovers; no request path reaches a file outside the preview.
/// </summary>
public sealed class ServeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AnEdit_IsServedAndAnnounced_ABrokenEditShowsItsError_AndAFixRecovers()
    {
        // Given: the preview of the minimal fixture, with a secret beside the content
        using var site = TestSite.FromFixture("minimal");
        File.WriteAllText(Path.Combine(site.Root, "geheim.txt"), "GEHEIM");
        var port = FreePort.Next();
        using var stop = new CancellationTokenSource();
        var written = new StringWriter();
        var output = TextWriter.Synchronized(written);
        var server = CliApp.RunAsync(["serve", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--port", port.ToString(), "--ohne-suche", "--stand", "2025-07-01"],
            new CliEnvironment(output, output, false), stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Wait };
        await UntilServedAsync(http, server, written);
        var events = await ListenAsync(http, stop.Token);
        var alpha = Path.Combine(site.ContentRoot, "bausteine", "alpha.md");

        // When: a good edit
        File.WriteAllText(alpha, File.ReadAllText(alpha).Replace("Das SBZ hilft.", "Das SBZ hilft in der Vorschau.", StringComparison.Ordinal));

        // Then
        (await NextEventAsync(events)).ShouldStartWith("event: reload");
        var page = await http.GetStringAsync("bausteine/alpha/");
        page.ShouldContain("in der Vorschau");
        page.ShouldContain("<script src=\"/__srodocs/vorschau.js\" defer></script>");
        lock (output)
        {
            written.ToString().ShouldContain("davon 1 neu gerendert", customMessage: "an edit of one page's text renders only that page again");
        }

        // When: a broken edit
        var broken = Path.Combine(site.ContentRoot, "kaputt.md");
        File.WriteAllText(broken, "---\ntitle: [kaputt\n---\n");

        // Then: the message with file, line and column; the last good preview stays
        var failure = await NextEventAsync(events);
        failure.ShouldStartWith("event: fehler");
        failure.ShouldContain("kaputt.md:2:");
        (await http.GetStringAsync("bausteine/alpha/")).ShouldContain("in der Vorschau");

        // When: fixed
        File.Delete(broken);

        // Then
        (await NextEventAsync(events)).ShouldStartWith("event: reload");
        lock (output)
        {
            written.ToString().ShouldContain("kaputt.md:2:");
        }

        // And: no path leaves the preview, unknown ones get the site's 404 page
        foreach (var path in new[] { "/../geheim.txt", "/../../etc/passwd", "/%2e%2e/geheim.txt", "/..%2fgeheim.txt", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/bausteine/..%5c..%5cgeheim.txt", "//etc/passwd", "/.srodocs-ausgabe" })
        {
            var (status, body) = await RawGetAsync(port, path);
            status.ShouldBe(404, path);
            body.ShouldNotContain("GEHEIM", customMessage: path);
            body.ShouldNotContain("root:", customMessage: path);
        }

        var missing = await http.GetAsync("gibt-es-nicht/");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Seite nicht gefunden");

        await stop.CancelAsync();
        (await server.WaitAsync(Wait)).ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public async Task AnotherAddressThanLoopback_IsOnlyTakenWithAWarning()
    {
        using var site = TestSite.FromFixture("minimal");
        using var stop = new CancellationTokenSource();
        var written = new StringWriter();
        var error = TextWriter.Synchronized(written);
        var port = FreePort.Next();
        var server = CliApp.RunAsync(["serve", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--port", port.ToString(), "--adresse", "0.0.0.0", "--ohne-suche"],
            new CliEnvironment(TextWriter.Null, error, false), stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Wait };
        await UntilServedAsync(http, server, written);
        written.ToString().ShouldContain("Warnung: Die Vorschau ist unter 0.0.0.0 auch für andere Rechner im Netz erreichbar.");
        await stop.CancelAsync();
        await server.WaitAsync(Wait);
    }

    [Fact]
    public async Task TheSearchIndex_FollowsEachBuild_AndIsServedFromMemory()
    {
        // Given: the preview with search (Pagefind from the repository's node_modules, as `npm ci` installs it)
        using var site = TestSite.FromFixture("minimal");
        var port = FreePort.Next();
        using var stop = new CancellationTokenSource();
        var output = TextWriter.Synchronized(new StringWriter());
        var server = CliApp.RunAsync(["serve", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--port", port.ToString(), "--stand", "2025-07-01"],
            new CliEnvironment(output, output, false), stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Wait };
        await UntilServedAsync(http, server, output);
        var events = await ListenAsync(http, stop.Token);
        var entry = await UntilAsync(http, "pagefind/pagefind-entry.json", _ => true);
        (await http.GetAsync("pagefind/pagefind.js")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // When: a page gets a word it did not have
        var alpha = Path.Combine(site.ContentRoot, "bausteine", "alpha.md");
        File.WriteAllText(alpha, File.ReadAllText(alpha) + "\nEin Quokkawort, das es vorher nicht gab.\n");

        // Then: the page reloads first, the index follows
        (await NextEventAsync(events)).ShouldStartWith("event: reload");
        await UntilAsync(http, "pagefind/pagefind-entry.json", text => text != entry);

        await stop.CancelAsync();
        (await server.WaitAsync(Wait)).ShouldBe(ExitCodes.Success);
    }

    /// <summary>The text at <paramref name="path"/> once it is served and fits <paramref name="done"/>.</summary>
    private static async Task<string> UntilAsync(HttpClient http, string path, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            var response = await http.GetAsync(path);
            if (response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync() is var text && done(text))
            {
                return text;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{path} kam nicht wie erwartet.");
    }

    private static async Task UntilServedAsync(HttpClient http, Task<int> server, TextWriter output)
    {
        var until = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < until)
        {
            server.IsCompleted.ShouldBeFalse(output.ToString());
            try
            {
                if ((await http.GetAsync("")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("Die Vorschau antwortet nicht: " + output);
    }

    /// <summary>The events of the preview's event stream, one string per event.</summary>
    private static async Task<ChannelReader<string>> ListenAsync(HttpClient http, CancellationToken token)
    {
        var channel = Channel.CreateUnbounded<string>();
        var stream = await http.GetStreamAsync("__srodocs/ereignisse", token);
        _ = Task.Run(async () =>
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var current = new StringBuilder();
            try
            {
                while (await reader.ReadLineAsync(token) is { } line)
                {
                    if (line.Length > 0)
                    {
                        current.AppendLine(line);
                        continue;
                    }

                    if (current.Length > 0 && !current.ToString().StartsWith(':'))
                    {
                        channel.Writer.TryWrite(current.ToString());
                    }

                    current.Clear();
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException)
            {
            }
        }, token);
        return channel.Reader;
    }

    private static async Task<string> NextEventAsync(ChannelReader<string> events)
    {
        using var timeout = new CancellationTokenSource(Wait);
        return await events.ReadAsync(timeout.Token);
    }

    /// <summary>A GET with the path exactly as written (HttpClient would normalise dot segments).</summary>
    private static async Task<(int Status, string Body)> RawGetAsync(int port, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = response.Length >= 12 && int.TryParse(response.AsSpan(9, 3), out var code) ? code : 0;
        return (status, response);
    }
}
