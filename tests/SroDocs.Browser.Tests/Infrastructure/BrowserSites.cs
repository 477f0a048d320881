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
    private readonly TestSite _fassungen = TestSite.FromFixture("minimal");
    private StaticServer? _shippedServer;
    private StaticServer? _fixtureServer;
    private StaticServer? _fassungenServer;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Shipped => _shippedServer!.BaseUrl;

    public string Fixture => _fixtureServer!.BaseUrl;

    /// <summary>The minimal fixture with two frozen Fassungen (banner, switcher, Synopsen, Fassungen page) and the pages of <see cref="SearchPages"/>, indexed for search.</summary>
    public string Fassungen => _fassungenServer!.BaseUrl;

    /// <summary>The output folders of every built site.</summary>
    public IEnumerable<string> OutputFolders => [_shipped.OutputRoot, _fixture.OutputRoot, _fassungen.OutputRoot];

    /// <summary>Every built site: its name, its address, and the pages it has (paths below the address).</summary>
    public IEnumerable<(string Name, string BaseUrl, IReadOnlyList<string> Pages)> AllSites =>
    [
        ("ausgeliefert", Shipped, PagesOf(_shipped)),
        ("minimal", Fixture, PagesOf(_fixture)),
        ("fassungen", Fassungen, PagesOf(_fassungen)),
    ];

    public static string ChromiumPath => Environment.GetEnvironmentVariable("SRODOCS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        await Published(_shipped, ReferenceDate, search: true);
        await Published(_fixture, new DateOnly(2025, 7, 1), search: false);
        SearchPages.AddTo(_fassungen);
        _fassungen.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10), "Erste Fassung", today: new DateOnly(2099, 3, 11));
        var alpha = Path.Combine(_fassungen.ContentRoot, "bausteine", "alpha.md");
        File.WriteAllText(alpha, File.ReadAllText(alpha).Replace("Das SBZ hilft.", "Das SBZ hilft gern.", StringComparison.Ordinal));
        _fassungen.Freeze("2099/BV/0002", new DateOnly(2099, 9, 1), "Zweite Fassung", today: new DateOnly(2099, 9, 2));
        await Published(_fassungen, new DateOnly(2099, 12, 1), search: true);
        _shippedServer = new StaticServer(_shipped.OutputRoot);
        _fixtureServer = new StaticServer(_fixture.OutputRoot);
        _fassungenServer = new StaticServer(_fassungen.OutputRoot);
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
        _fassungenServer?.Dispose();
        _shipped.Dispose();
        _fixture.Dispose();
        _fassungen.Dispose();
    }

    private static async Task Published(TestSite site, DateOnly stand, bool search)
    {
        var result = await site.PublishAsync(stand, search: search);
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
    }

    private static IReadOnlyList<string> PagesOf(TestSite site) =>
        [.. Directory.EnumerateFiles(site.OutputRoot, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.OutputRoot, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)];

    /// <summary>A fresh page in its own context that fails the test on requests to any other host.</summary>
    public async Task<(IPage Page, List<string> ForeignRequests)> NewPageAsync(int width = 1280, int height = 900, bool touch = false, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HasTouch = touch,
            IsMobile = touch,
            Locale = "de-DE",
            ColorScheme = scheme,
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
