using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.History;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.History;

/// <summary>
/// Under every Markdown page: when its file last changed (from the git history handed to the build, else its
/// <c>stand</c>, saying which) and, with a configured repository, a link to edit it on GitHub.
/// </summary>
public sealed class PageSourceTests
{
    private const string Repository = "repository: https://github.com/beispiel/fachkonzept\n";

    private static MemorySite Site(string siteYml = "") => MemorySite.WithTaxonomy()
        .Write("_data/site.yml", "titel: Testkonzept\n" + siteYml)
        .Page("_index.md", "Start", "Willkommen.")
        .Write("ueber.md", "---\ntitle: Über\nversion: \"1\"\nstand: 2024-01-09\n---\n\nText.\n");

    private static ContentHistory History(params (string Path, DateOnly Day)[] committed) =>
        new(committed.ToImmutableDictionary(c => c.Path, c => c.Day), []);

    private static string Text(IHtmlDocument html, string selector) => html.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task WithGitHistory_ThePageGivesTheDayOfItsLastCommit_AndSaysSo()
    {
        // Given
        var site = Site();

        // When
        await site.BuildCleanAsync(settings: inputs => inputs with { History = History(("ueber.md", new DateOnly(2026, 12, 1))) });

        // Then
        var html = site.Html("ueber/index.html");
        Text(html, ".page-source .page-changed").ShouldBe("Zuletzt geändert am 1. Dezember 2026 (laut Git-Verlauf)");
        html.QuerySelector(".page-changed time")!.GetAttribute("datetime").ShouldBe("2026-12-01");
        html.QuerySelector(".page-source")!.HasAttribute("data-pagefind-ignore").ShouldBeTrue();
    }

    [Fact]
    public async Task WithoutHistory_ThePageGivesItsStand_AndSaysThatNoHistoryWasAvailable()
    {
        // Given
        var site = Site();

        // When
        await site.BuildCleanAsync();

        // Then
        var html = site.Html("ueber/index.html");
        Text(html, ".page-changed").ShouldBe("Stand: 9. Januar 2024 (Angabe im Dokument; kein Git-Verlauf verfügbar)");
        html.QuerySelector(".page-changed time")!.GetAttribute("datetime").ShouldBe("2024-01-09");
    }

    [Fact]
    public async Task AFileWithUncommittedChanges_OrNeverCommitted_GivesItsStand_AndSaysWhy()
    {
        // Given: the history knows both files, but Über was changed since, and the start page was never committed
        var site = Site();
        var history = History(("ueber.md", new DateOnly(2026, 12, 1))) with { Uncommitted = ["ueber.md"] };

        // When
        await site.BuildCleanAsync(settings: inputs => inputs with { History = history });

        // Then
        Text(site.Html("ueber/index.html"), ".page-changed").ShouldBe("Stand: 9. Januar 2024 (Angabe im Dokument; Änderungen noch nicht mit Git gespeichert)");
        Text(site.Html("index.html"), ".page-changed").ShouldBe("Stand: 1. Januar 2025 (Angabe im Dokument; Änderungen noch nicht mit Git gespeichert)");
    }

    [Fact]
    public async Task TheEditLink_OpensTheFileOnGitHub_WithEverySegmentEscaped()
    {
        // Given: a page in a subfolder whose names have an umlaut and a space, and a branch of its own
        var site = Site(Repository + "repository_zweig: entwurf/2026\n")
            .Write("bausteine/_index.md", "---\ntitle: Bausteine\nversion: \"1\"\nstand: 2024-01-01\ntyp: abschnitt\n---\n\nText.\n")
            .Write("bausteine/Straße und Platz.md", "---\ntitle: Straße\nversion: \"1\"\nstand: 2024-01-01\n---\n\nText.\n");

        // When
        await site.BuildCleanAsync();

        // Then
        var link = site.Html("bausteine/Straße und Platz/index.html").QuerySelector(".page-source .page-edit a")!;
        link.GetAttribute("href").ShouldBe("https://github.com/beispiel/fachkonzept/edit/entwurf/2026/content/bausteine/Stra%C3%9Fe%20und%20Platz.md");
        link.TextContent.ShouldBe("Diese Seite auf GitHub bearbeiten");
        site.Html("index.html").QuerySelector(".page-edit a")!.GetAttribute("href").ShouldBe("https://github.com/beispiel/fachkonzept/edit/entwurf/2026/content/_index.md");
    }

    [Fact]
    public async Task TheEditLink_FollowsWhereTheContentLiesInTheRepository_AndTheBranchDefaultsToMain()
    {
        // Given
        var site = Site(Repository);

        // When
        await site.BuildCleanAsync(settings: inputs => inputs with { ContentFolderInRepository = "docs/inhalt" });

        // Then
        site.Html("ueber/index.html").QuerySelector(".page-edit a")!.GetAttribute("href").ShouldBe("https://github.com/beispiel/fachkonzept/edit/main/docs/inhalt/ueber.md");
    }

    [Fact]
    public async Task WithoutARepository_ThereIsNoEditLink()
    {
        // Given
        var site = Site();

        // When
        await site.BuildCleanAsync();

        // Then
        var html = site.Html("ueber/index.html");
        html.QuerySelector(".page-source .page-changed").ShouldNotBeNull();
        html.QuerySelectorAll(".page-edit, a[href*='/edit/']").ShouldBeEmpty();
    }

    [Fact]
    public async Task GeneratedPages_HaveNeitherDateNorEditLink()
    {
        // Given
        var site = Site(Repository);

        // When
        await site.BuildCleanAsync(settings: inputs => inputs with { History = History(("ueber.md", new DateOnly(2026, 12, 1))) });

        // Then
        var generated = site.Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p is not "index.html" and not "ueber/index.html").ToList();
        generated.ShouldContain("glossar/index.html");
        generated.ShouldContain("404.html");
        foreach (var page in generated)
        {
            site.Html(page).QuerySelectorAll(".page-source").ShouldBeEmpty(page);
        }
    }

    [Theory]
    [InlineData("repository: http://github.com/beispiel/fachkonzept\n", "repository", "http://github.com/beispiel/fachkonzept")]
    [InlineData("repository: github.com/beispiel/fachkonzept\n", "repository", "github.com/beispiel/fachkonzept")]
    [InlineData("repository: https://github.com/\n", "repository", "https://github.com/")]
    [InlineData(Repository + "repository_zweig: mein zweig\n", "repository_zweig", "mein zweig")]
    [InlineData(Repository + "repository_zweig: a..b\n", "repository_zweig", "a..b")]
    public async Task AnUnusableRepositoryOrBranch_IsAnErrorAtItsValue(string siteYml, string key, string value)
    {
        // Given
        var site = Site(siteYml);

        // When
        var result = await site.BuildAsync();

        // Then
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.DataWrongType);
        error.Message.ShouldContain($"'{key}'");
        error.Message.ShouldContain($"'{value}'");
        error.Location!.Value.Path.ShouldBe("content/_data/site.yml");
        error.Location.Value.Line.ShouldBe(siteYml.Split('\n').ToList().FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal)) + 2);
        error.Location.Value.Column.ShouldBe(key.Length + 3);
    }

    [Fact]
    public async Task AFassungPage_HasNeitherGitDateNorEditLink_ThoughItsFrozenSettingsNameARepository()
    {
        // Given: the frozen content names a repository, and the build has a history for every page
        using var site = TestSite.FromFixture("minimal");
        File.AppendAllText(Path.Combine(site.ContentRoot, "_data", "site.yml"), Repository);
        var manifest = site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10));
        var history = History(("bausteine/alpha.md", new DateOnly(2099, 11, 1)));

        // When
        var result = await site.PublishAsync(new DateOnly(2099, 12, 1), settings: inputs => inputs with { History = history });

        // Then: the current page has both, the Fassung's has neither
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        var current = site.Html("bausteine/alpha/index.html");
        Text(current, ".page-changed").ShouldBe("Zuletzt geändert am 1. November 2099 (laut Git-Verlauf)");
        current.QuerySelector(".page-edit a").ShouldNotBeNull();
        var fassung = site.Text($"fassungen/{manifest.Slug}/bausteine/alpha/index.html");
        fassung.ShouldNotContain("page-source");
        fassung.ShouldNotContain("/edit/");
        fassung.ShouldNotContain("Git-Verlauf");
    }

    [Fact]
    public void TheEditLink_IsNotPrinted()
    {
        // Given
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.DefaultTheme, "assets", "site.css"));

        // Then
        Regex.IsMatch(css, @"@media print\s*\{\s*[^{}]*\.page-edit[^{}]*\{\s*display:\s*none").ShouldBeTrue();
    }
}
