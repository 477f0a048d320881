using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Fassungen;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Fassungen;

/// <summary>
/// Freeze a Fassung, change a sentence, freeze another, and build: both Fassungen are published under their prefixes
/// with banner, switcher and root hash, the Synopse marks exactly the changed words, and a renamed page is found by id.
/// </summary>
public sealed class FassungPublicationTests : IDisposable
{
    private static readonly DateOnly Stand = new(2099, 12, 1);

    private readonly TestSite _site = TestSite.FromFixture("minimal");

    public void Dispose() => _site.Dispose();

    /// <summary>Two Fassungen: in the second, one sentence of Alpha changed and Beta renamed and moved (same id).</summary>
    private async Task<(FassungManifest First, FassungManifest Second)> TwoFassungenAsync()
    {
        Edit("bausteine/beta.md", "title: Beta-Konzept\n", "title: Beta-Konzept\nid: beta-id\n");
        Edit("bausteine/alpha.md", "## Ziele\n", "## Ziele\n\nDie Träger planen die Angebote für Groß Klein und die Straße.\n");
        var first = _site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10), "Erste Fassung", today: new DateOnly(2099, 3, 11));

        Edit("bausteine/alpha.md", "Die Träger planen die Angebote für Groß Klein und die Straße.", "Die Träger und Ämter planen die Angebote für Groß Klein gemeinsam.");
        Edit("bausteine/alpha.md", "aenderungen:\n", "aenderungen:\n  - datum: 2099-05-02\n    zyklus: 2\n    phase: erprobung\n    text: Satz zu den Trägern ergänzt.\n");
        File.Move(Path.Combine(_site.ContentRoot, "bausteine", "beta.md"), Path.Combine(_site.ContentRoot, "bausteine", "beta-neu.md"));
        Edit("bausteine/beta-neu.md", "title: Beta-Konzept\n", "title: Beta-Konzept, neu benannt\n");
        Edit("bausteine/alpha.md", "(beta.md#umsetzung)", "(beta-neu.md#umsetzung)");
        var second = _site.Freeze("2099/BV/0002", new DateOnly(2099, 9, 1), "Zweite Fassung", today: new DateOnly(2099, 9, 2));
        (await _site.PublishAsync(Stand)).Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        return (first, second);
    }

    [Fact]
    public async Task BothFassungen_ArePublishedUnderTheirPrefixes_WithBannerAndRootHash()
    {
        // Given / When
        var (first, second) = await TwoFassungenAsync();

        // Then
        foreach (var (manifest, date) in new[] { (first, "10.03.2099"), (second, "01.09.2099") })
        {
            var pages = PagesBelow($"fassungen/{manifest.Slug}");
            pages.Count.ShouldBeGreaterThan(5);
            foreach (var page in pages)
            {
                var html = _site.Html(page);
                html.QuerySelector(".fassung-banner")!.TextContent.ShouldContain($"Beschlossene Fassung vom {date} – nicht die aktuelle Fassung", customMessage: page);
                html.QuerySelector(".fassung-banner")!.TextContent.ShouldContain(manifest.Beschluss.Value);
                html.QuerySelector("footer .wurzel code")!.TextContent.ShouldBe(manifest.Wurzel, page);
            }
        }

        _site.Html("fassungen/2099-bv-0001/bausteine/alpha/index.html").QuerySelector(".prose")!.TextContent.ShouldContain("und die Straße.");
        _site.Html("fassungen/2099-bv-0002/bausteine/alpha/index.html").QuerySelector(".prose")!.TextContent.ShouldContain("Groß Klein gemeinsam.");
        _site.Html("bausteine/alpha/index.html").QuerySelector(".fassung-banner").ShouldBeNull();
    }

    [Fact]
    public async Task TheSwitcher_LeadsToTheSamePageInEveryEdition_ByIdEvenWhenRenamed()
    {
        // Given / When
        await TwoFassungenAsync();

        // Then: every switcher link of every page leads to a page that exists
        var all = PagesBelow("");
        foreach (var page in all)
        {
            foreach (var link in _site.Html(page).QuerySelectorAll(".fassung-wahl a").OfType<IHtmlAnchorElement>())
            {
                File.Exists(Target(page, link.GetAttribute("href")!)).ShouldBeTrue($"{page} → {link.GetAttribute("href")}");
            }
        }

        // … and the renamed page is found by its id, in both directions
        var fromOld = SwitcherTargets("fassungen/2099-bv-0001/bausteine/beta/index.html");
        fromOld.ShouldContain(Path.Combine(_site.OutputRoot, "fassungen/2099-bv-0002/bausteine/beta-neu/index.html"));
        fromOld.ShouldContain(Path.Combine(_site.OutputRoot, "bausteine/beta-neu/index.html"));
        SwitcherTargets("bausteine/beta-neu/index.html").ShouldContain(Path.Combine(_site.OutputRoot, "fassungen/2099-bv-0001/bausteine/beta/index.html"));

        // … the banner leads to the same page in the current text
        var banner = _site.Html("fassungen/2099-bv-0001/bausteine/beta/index.html").QuerySelector(".fassung-banner a")!;
        Target("fassungen/2099-bv-0001/bausteine/beta/index.html", banner.GetAttribute("href")!).ShouldBe(Path.Combine(_site.OutputRoot, "bausteine/beta-neu/index.html"));
    }

    [Fact]
    public async Task TheSynopse_MarksExactlyTheInsertedAndDeletedWords()
    {
        // Given / When
        await TwoFassungenAsync();

        // Then
        var synopse = _site.Html("fassungen/synopse/2099-bv-0001--2099-bv-0002/index.html");
        var alpha = synopse.QuerySelectorAll(".synopse-seite").Single(s => s.QuerySelector("h3")!.TextContent.StartsWith("Alpha-Konzept", StringComparison.Ordinal));
        Marked(alpha, "del").ShouldBe(["und die Straße"]);
        Marked(alpha, "ins").ShouldBe(["und Ämter", "gemeinsam"]);
        synopse.QuerySelector("thead th")!.TextContent.ShouldBe("Bisherige Fassung");
        alpha.QuerySelectorAll(".synopse-unveraendert").Select(r => r.TextContent.Trim())
            .ShouldContain("Zusammenarbeit mit dem Stadtteil- und Begegnungszentrum (unverändert)");
        alpha.QuerySelector("del .visually-hidden")!.TextContent.ShouldBe("gestrichen: ");
        alpha.QuerySelector("del .diff-marke")!.TextContent.ShouldBe("[−");

        // … the renamed page is one page, not a deleted and a new one
        var beta = synopse.QuerySelectorAll(".synopse-seite").Single(s => s.QuerySelector("h3")!.TextContent.Contains("Beta-Konzept", StringComparison.Ordinal));
        beta.QuerySelector(".synopse-hinweis")!.TextContent.ShouldContain("umbenannt");
        beta.QuerySelectorAll(".synopse-fakten li").Select(li => li.TextContent).ShouldContain("Adresse: /bausteine/beta/ → /bausteine/beta-neu/");
        synopse.QuerySelectorAll(".synopse-hinweis").ShouldNotContain(h => h.TextContent.Contains("neu)") || h.TextContent.Contains("entfallen"));

        // … and the change recorded in between is the reason
        synopse.QuerySelector(".begruendung")!.TextContent.ShouldContain("Satz zu den Trägern ergänzt.");
    }

    [Fact]
    public async Task TheFassungenPage_ListsEachWithDecisionStatusAndRootHash_AndTheirSynopsen()
    {
        // Given / When
        var (first, second) = await TwoFassungenAsync();

        // Then
        var page = _site.Html("fassungen/index.html");
        var rows = page.QuerySelectorAll(".fassung").ToList();
        rows.Select(r => r.QuerySelector(".hash")!.TextContent).ShouldBe([second.Wurzel, first.Wurzel]);
        rows[0].TextContent.ShouldContain("2099/BV/0002");
        rows[0].TextContent.ShouldContain("01.09.2099");
        var links = page.QuerySelectorAll("main a").Select(a => Target("fassungen/index.html", a.GetAttribute("href")!)).ToList();
        links.ShouldContain(Path.Combine(_site.OutputRoot, "fassungen/synopse/2099-bv-0001--2099-bv-0002/index.html"));
        links.ShouldContain(Path.Combine(_site.OutputRoot, "fassungen/synopse/2099-bv-0002--aktuell/index.html"));
        links.Where(l => l.EndsWith(".html", StringComparison.Ordinal)).ShouldAllBe(l => File.Exists(l));
        _site.Html("index.html").QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ShouldContain("Fassungen");
    }

    [Fact]
    public async Task TheFeed_HasAnEntryForEachFassung()
    {
        // Given / When
        var (first, second) = await TwoFassungenAsync();

        // Then
        var feed = System.Xml.Linq.XDocument.Parse(File.ReadAllText(Path.Combine(_site.OutputRoot, "aenderungen", "atom.xml")));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").Where(e => e.Element(atom + "category")?.Attribute("term")?.Value == "fassung").ToList();
        entries.Select(e => e.Element(atom + "title")!.Value).ShouldBe([
            $"Neue Fassung: Zweite Fassung (Beschluss {second.Beschluss})",
            $"Neue Fassung: Erste Fassung (Beschluss {first.Beschluss})"]);
        entries[0].Element(atom + "link")!.Attribute("href")!.Value.ShouldBe("https://test.example.org/docs/fassungen/2099-bv-0002/");
        entries[0].Element(atom + "summary")!.Value.ShouldContain(second.Wurzel);
        feed.Root!.Element(atom + "updated")!.Value.ShouldBe("2099-09-01T00:00:00Z");
    }

    [Fact]
    public async Task WithoutFassungen_TheFassungenPageSaysSo_AndNoPageHasASwitcher()
    {
        // Given / When
        var result = await _site.PublishAsync(Stand);

        // Then
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        _site.Html("fassungen/index.html").QuerySelector(".placeholder")!.TextContent.ShouldContain("Noch keine Fassung");
        _site.Html("index.html").QuerySelector(".fassung-wahl").ShouldBeNull();
    }

    [Theory]
    [InlineData("verändert")]
    [InlineData("hinzugefügt")]
    [InlineData("gelöscht")]
    public async Task ATamperedFassung_FailsTheBuild_NamingTheFile_AndTheOldSiteStays(string tampering)
    {
        // Given: a published Fassung
        var first = _site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10));
        (await _site.PublishAsync(Stand)).HasErrors.ShouldBeFalse();
        var before = File.ReadAllText(Path.Combine(_site.OutputRoot, "index.html"));
        var frozen = Path.Combine(_site.FassungenRoot, first.Slug, "inhalt");
        var expected = tampering switch
        {
            "verändert" => FlipOneByte(Path.Combine(frozen, "bausteine", "alpha.md")),
            "hinzugefügt" => Add(Path.Combine(frozen, "bausteine", "gamma.md")),
            _ => Delete(Path.Combine(frozen, "ebenen", "e1.md")),
        };

        // When
        var result = await _site.PublishAsync(Stand);

        // Then
        var error = result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldHaveSingleItem();
        error.Code.ShouldBe(expected.Code);
        error.Location!.Value.Path.ShouldBe(expected.Path);
        error.Message.ShouldContain(expected.Hash);
        File.ReadAllText(Path.Combine(_site.OutputRoot, "index.html")).ShouldBe(before);

        // … and reading the Fassungen on their own (as 'verify' does) finds the same
        var verification = new DiagnosticBag();
        FassungLibrary.Read(_site.Folders(null).Fassungen, verification).Fassungen.ShouldBeEmpty();
        verification.ToSortedArray().ShouldHaveSingleItem().ShouldBe(error);
    }

    [Fact]
    public async Task AVorlage_IsDecidedLater_WithoutTouchingItsFiles_AndTheChangeIsRecorded()
    {
        // Given
        var vorlage = _site.Freeze("2099/BV/0003", null, status: FassungStatus.Vorlage, today: new DateOnly(2099, 2, 1));
        var files = Directory.GetFiles(Path.Combine(_site.FassungenRoot, vorlage.Slug, "inhalt"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        (await _site.PublishAsync(Stand)).HasErrors.ShouldBeFalse();
        _site.Html($"fassungen/{vorlage.Slug}/index.html").QuerySelector(".fassung-banner")!.TextContent.ShouldContain("noch nicht beschlossen");

        // When
        var diagnostics = new DiagnosticBag();
        var library = FassungLibrary.Read(_site.Folders(null).Fassungen, diagnostics);
        var decided = FassungFreezer.Decide(library.Fassungen.Single(), new DateOnly(2099, 3, 10), null, new DateOnly(2099, 3, 11), _site.FassungenRoot, diagnostics)!;

        // Then
        decided.Wurzel.ShouldBe(vorlage.Wurzel);
        decided.Verlauf.Select(v => v.Status).ShouldBe([FassungStatus.Vorlage, FassungStatus.Beschlossen]);
        files.ShouldAllBe(f => File.ReadAllBytes(f.Key).SequenceEqual(f.Value));
        (await _site.PublishAsync(Stand)).HasErrors.ShouldBeFalse();
        var banner = _site.Html($"fassungen/{vorlage.Slug}/index.html").QuerySelector(".fassung-banner")!.TextContent;
        banner.ShouldContain("Beschlossene Fassung vom 10.03.2099");
        _site.Html("fassungen/index.html").QuerySelector(".verlauf")!.TextContent.ShouldContain("Vor dem Beschluss als Vorlage eingefroren.");
    }

    [Fact]
    public async Task AFrozenFassung_IsRenderedOnce_AndReused_UntilTheThemeChanges()
    {
        // Given
        _site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10));
        var cache = new Site.Publishing.FassungCache(Path.Combine(_site.Root, "cache"));
        var theme = Path.Combine(_site.Root, "theme");
        CopyFolder(RepositoryPaths.DefaultTheme, theme);
        _site.ThemeRoot = theme;

        // When
        var cold = await _site.PublishAsync(Stand, cache: cache);
        var first = Snapshot();
        var warm = await _site.PublishAsync(Stand, cache: cache);

        // Then: the second build takes the Fassung from the cache, and the site is the same, byte for byte
        cold.Builds.Single(b => !b.Edition.IsCurrent).Result.FromCache.ShouldBeFalse();
        warm.Builds.Single(b => !b.Edition.IsCurrent).Result.FromCache.ShouldBeTrue();
        warm.FilesWritten.ShouldBe(cold.FilesWritten);
        Snapshot().ShouldBe(first);

        // When: the theme changes
        File.AppendAllText(Path.Combine(theme, "assets", "site.css"), "\n/* geändert */\n");
        var changed = await _site.PublishAsync(Stand, cache: cache);

        // Then
        changed.Builds.Single(b => !b.Edition.IsCurrent).Result.FromCache.ShouldBeFalse();
        File.ReadAllText(Path.Combine(_site.OutputRoot, "fassungen", "2099-bv-0001", "assets", "site.css")).ShouldEndWith("/* geändert */\n");

        // When: a frozen file is tampered with, the cache does not hide it
        File.AppendAllText(Path.Combine(_site.FassungenRoot, "2099-bv-0001", "inhalt", "_index.md"), "x");
        (await _site.PublishAsync(Stand, cache: cache)).Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.FassungFileChanged);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_site.OutputRoot, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.OutputRoot, f), f => FrozenFile.HashOf(File.ReadAllBytes(f)));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private void Edit(string path, string from, string to)
    {
        var file = Path.Combine(_site.ContentRoot, path);
        var text = File.ReadAllText(file);
        text.ShouldContain(from);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private List<string> PagesBelow(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(_site.OutputRoot, folder), "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.OutputRoot, f).Replace('\\', '/'))];

    /// <summary>The file a relative link on <paramref name="page"/> leads to.</summary>
    private string Target(string page, string href)
    {
        var folder = Path.GetDirectoryName(Path.Combine(_site.OutputRoot, page))!;
        var path = Path.GetFullPath(Path.Combine(folder, href.Split('#')[0]));
        return href.Split('#')[0].EndsWith('/') || href.Split('#')[0].Length == 0 ? Path.Combine(path, "index.html") : path;
    }

    private List<string> SwitcherTargets(string page) =>
        [.. _site.Html(page).QuerySelectorAll(".fassung-wahl a").Select(a => Target(page, a.GetAttribute("href")!))];

    private static List<string> Marked(IElement section, string tag) =>
        [.. section.QuerySelectorAll(tag).Select(e => string.Concat(e.ChildNodes.Where(n => n is not IElement { ClassName: "diff-marke" or "visually-hidden" }).Select(n => n.TextContent)))];

    private (string Code, string Path, string Hash) FlipOneByte(string file)
    {
        var bytes = File.ReadAllBytes(file);
        bytes[^2] ^= 0x01;
        File.WriteAllBytes(file, bytes);
        return (DiagnosticCodes.FassungFileChanged, Shown(file), FrozenFile.HashOf(bytes));
    }

    private (string Code, string Path, string Hash) Add(string file)
    {
        File.WriteAllText(file, "---\ntitle: Untergeschoben\nversion: \"1\"\nstand: 2099-01-01\n---\n\nText.\n");
        return (DiagnosticCodes.FassungFileAdded, Shown(file), FrozenFile.HashOf(File.ReadAllBytes(file)));
    }

    private (string Code, string Path, string Hash) Delete(string file)
    {
        var hash = FrozenFile.HashOf(File.ReadAllBytes(file));
        File.Delete(file);
        return (DiagnosticCodes.FassungFileRemoved, Shown(file), hash);
    }

    private string Shown(string file) => Path.GetRelativePath(_site.Root, file).Replace('\\', '/');
}
