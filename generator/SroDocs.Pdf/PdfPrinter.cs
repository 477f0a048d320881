using Microsoft.Playwright;

namespace SroDocs.Pdf;

/// <summary>
/// Prints documents of a built site to tagged PDF with headless Chromium (Microsoft.Playwright). The site is served
/// from memory to the browser; every request for anything else is refused, so printing loads nothing from outside.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private const string Origin = "http://srodocs.invalid";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Where Chromium is looked for: <c>SRODOCS_CHROMIUM</c>, then Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("SRODOCS_CHROMIUM");
        foreach (var candidate in new[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (candidate is { Length: > 0 } && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static async Task<PdfPrinter> StartAsync(string chromium)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Args = ["--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
        });
        return new PdfPrinter(playwright, browser);
    }

    /// <summary>The PDF of <paramref name="path"/>, a page among <paramref name="files"/>: A4, tagged, with an outline from its headings.</summary>
    public async Task<byte[]> PrintAsync(IReadOnlyDictionary<string, byte[]> files, string path)
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            var file = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
            if (url.GetLeftPart(UriPartial.Authority) == Origin && files.TryGetValue(file.EndsWith('/') || file.Length == 0 ? file + "index.html" : file, out var bytes))
            {
                await route.FulfillAsync(new RouteFulfillOptions { BodyBytes = bytes, ContentType = ContentTypeOf(file) });
            }
            else
            {
                await route.AbortAsync();
            }
        });
        await page.GotoAsync($"{Origin}/{path}", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            PreferCSSPageSize = true,
            Tagged = true,
            Outline = true,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        _ => "application/octet-stream",
    };
}
