using System.Diagnostics;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using SroDocs.Cli.Commands;
using SroDocs.Cli.Reporting;

namespace SroDocs.Cli.Serve;

/// <summary>
/// The preview: builds the site into memory, serves it with Kestrel, rebuilds when content, data, theme or Fassungen
/// change, and tells open tabs to reload (Server-Sent Events) or to show the build's errors in an overlay. All builds
/// share one site definition and a <see cref="Core.Pipelines.ChainMemo"/>, so a rebuild renders only the pages whose
/// inputs or dependencies changed. The reload script is a file of its own (it passes the site's
/// Content-Security-Policy) and is added to pages only here. A failed build keeps the last good preview. The search
/// index follows each build in the background (<see cref="PreviewSearch"/>, in <paramref name="searchFolder"/>).
/// </summary>
public sealed class PreviewServer(SiteRequest request, string searchFolder, IPAddress address, int port, CliEnvironment environment)
{
    public const string EventsPath = "/__srodocs/ereignisse";
    public const string ScriptPath = "/__srodocs/vorschau.js";
    public const string StylePath = "/__srodocs/vorschau.css";

    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<link rel=\"stylesheet\" href=\"{StylePath}\"><script src=\"{ScriptPath}\" defer></script>\n");
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly PreviewEvents _events = new();
    private readonly PreviewFiles _files = new();
    private readonly Site.SiteDefinition _site = Site.SiteDefinition.ForPreview();
    private readonly Core.Pipelines.ChainMemo _memo = new();
    private readonly Core.IO.MemoryOutput _output = new();
    private PreviewSearch? _search;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();

    public async Task<int> RunAsync(CancellationToken token)
    {
        _search = request.Search is { } tool ? new PreviewSearch(tool, searchFolder, _files, environment) : null;
        await RebuildAsync("Start", token);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        await using var app = builder.Build();
        app.Run(HandleAsync);
        try
        {
            await app.StartAsync(token);
        }
        catch (IOException exception)
        {
            environment.Error.WriteLine($"Fehler: Die Vorschau kann nicht auf {address}:{port} lauschen ({exception.Message}). Bitte mit --port einen freien Port wählen.");
            return ExitCodes.Usage;
        }

        var shown = address.Equals(IPAddress.Loopback) ? "127.0.0.1" : address.ToString();
        environment.Output.WriteLine($"Vorschau läuft: http://{shown}:{port}/ – Änderungen werden sofort übernommen. Beenden mit Strg+C.");
        using var watchers = Watch();
        try
        {
            while (await _changes.Reader.WaitToReadAsync(token))
            {
                await Task.Delay(60, token); // one rebuild for the burst of events an editor's save makes
                var changed = new List<string>();
                while (_changes.Reader.TryRead(out var path))
                {
                    changed.Add(path);
                }

                await RebuildAsync(string.Join(", ", changed.Distinct().Take(3)), token);
            }
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Success;
    }

    private async Task RebuildAsync(string reason, CancellationToken token)
    {
        var clock = Stopwatch.StartNew();
        var build = await request.RunAsync(_site, _memo, _output, token);
        var printer = new DiagnosticPrinter(environment.Output, false);
        printer.Print(build.Diagnostics);
        if (build.HasErrors)
        {
            _events.Failed(build.Diagnostics.Where(d => d.Severity == Core.Diagnostics.Severity.Error).Select(d => d.ToString()));
            environment.Output.WriteLine($"Vorschau nicht erneuert ({reason}): {build.Summary}. Die Seiten zeigen die Fehler; die letzte gute Fassung bleibt sichtbar.");
            return;
        }

        _files.ShowSite(_output.Files);
        var rendered = _memo.LastRunProcessed.Count(d => d.StartsWith($"{Site.Pipelines.PipelineNames.Content}/Render:", StringComparison.Ordinal)
            || d.StartsWith($"{Site.Pipelines.PipelineNames.Generated}/Render:", StringComparison.Ordinal));
        environment.Output.WriteLine($"Vorschau erneuert ({reason}) in {clock.ElapsedMilliseconds} ms: {build.Pages} Seiten, davon {rendered} neu gerendert, {build.Summary}.");
        _events.Reload();
        _search?.Index(_output.Files, token);
    }

    private sealed class Watchers(List<FileSystemWatcher> watchers) : IDisposable
    {
        public void Dispose() => watchers.ForEach(w => w.Dispose());
    }

    private Watchers Watch()
    {
        var folders = new[] { request.Folders.ContentRoot, request.Folders.ThemeRoot, request.Folders.FassungenRoot }
            .OfType<string>().Where(Directory.Exists).Select(Path.GetFullPath).Distinct();
        var watchers = folders.Select(folder =>
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler changed = (_, e) => _changes.Writer.TryWrite(Path.GetRelativePath(Environment.CurrentDirectory, e.FullPath));
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, e) => _changes.Writer.TryWrite(Path.GetRelativePath(Environment.CurrentDirectory, e.FullPath));
            watcher.EnableRaisingEvents = true;
            return watcher;
        }).ToList();
        return new Watchers(watchers);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        switch (path)
        {
            case EventsPath:
                await StreamEventsAsync(context);
                return;
            case ScriptPath:
                await WriteAsync(response, "text/javascript; charset=utf-8", PreviewAssets.Script);
                return;
            case StylePath:
                await WriteAsync(response, "text/css; charset=utf-8", PreviewAssets.Style);
                return;
        }

        if (_files.Find(path) is { } file)
        {
            await ServeFileAsync(response, file, StatusCodes.Status200OK);
            return;
        }

        if (_files.NotFoundPage is { } notFound)
        {
            await ServeFileAsync(response, notFound, StatusCodes.Status404NotFound);
            return;
        }

        response.StatusCode = StatusCodes.Status404NotFound;
        await WriteAsync(response, "text/plain; charset=utf-8", "Seite nicht gefunden.");
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        var channel = _events.Subscribe();
        try
        {
            await response.WriteAsync(": verbunden\n\n", context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync(message, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _events.Unsubscribe(channel);
        }
    }

    private static async Task ServeFileAsync(HttpResponse response, PreviewFile file, int status)
    {
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        var type = ContentTypes.TryGetContentType(file.Path, out var known) ? known : "application/octet-stream";
        var bytes = file.Bytes;
        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            bytes = WithPreviewScript(bytes);
            type = "text/html; charset=utf-8";
        }

        response.ContentType = type;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }

    /// <summary>The page with the preview's script and style before <c>&lt;/body&gt;</c>.</summary>
    private static byte[] WithPreviewScript(byte[] page)
    {
        var at = page.AsSpan().LastIndexOf("</body>"u8);
        return at < 0 ? page : [.. page.AsSpan(0, at), .. ScriptTag, .. page.AsSpan(at)];
    }

    private static Task WriteAsync(HttpResponse response, string type, string text)
    {
        response.ContentType = type;
        return response.WriteAsync(text);
    }
}
