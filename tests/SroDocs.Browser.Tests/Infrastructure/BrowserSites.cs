using Microsoft.Playwright;
using SroDocs.Testing;

namespace SroDocs.Browser.Tests.Infrastructure;

/// <summary>
/// One Chromium and two served sites for all browser tests: the shipped content and the minimal fixture.
/// The browser comes from SRODOCS_CHROMIUM, else Debian's /usr/bin/chromium (the test command installs it).
/// </summary>
public sealed class BrowserSites : IAsyncLifetime
{
    public static readonly DateOnly ReferenceDate = new(2026, 11, 22);

    private readonly TestSite _shipped = TestSite.FromShippedContent();
    private readonly TestSite _fixture = TestSite.FromFixture("minimal");
    private StaticServer? _shippedServer;
    private StaticServer? _fixtureServer;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Shipped => _shippedServer!.BaseUrl;

    public string Fixture => _fixtureServer!.BaseUrl;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("SRODOCS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        await _shipped.BuildCleanAsync(ReferenceDate);
        await _fixture.BuildCleanAsync(new DateOnly(2025, 7, 1));
        _shippedServer = new StaticServer(_shipped.OutputRoot);
        _fixtureServer = new StaticServer(_fixture.OutputRoot);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ["--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _shippedServer?.Dispose();
        _fixtureServer?.Dispose();
        _shipped.Dispose();
        _fixture.Dispose();
    }

    /// <summary>A fresh page in its own context that fails the test on requests to any other host.</summary>
    public async Task<(IPage Page, List<string> ForeignRequests)> NewPageAsync(int width = 1280, int height = 900, bool touch = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HasTouch = touch,
            IsMobile = touch,
            Locale = "de-DE",
        });
        var foreign = new List<string>();
        var page = await context.NewPageAsync();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        return (page, foreign);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSites>
{
    public const string Name = "browser";
}
