using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SroDocs.Site.Publishing;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Output;

public sealed class SitemapTests : IDisposable
{
    private const string Base = "https://test.example.org/docs/";

    private readonly TestSite _site = TestSite.FromFixture("minimal");

    public void Dispose() => _site.Dispose();

    /// <summary>The sitemap's addresses with their lastmod, as paths from the site root.</summary>
    private Dictionary<string, string?> Sitemap()
    {
        var urls = XDocument.Parse(_site.Text("sitemap.xml")).Root!.Elements().ToList();
        var locations = urls.Select(u => u.Elements().Single(e => e.Name.LocalName == "loc").Value).ToList();
        locations.ShouldAllBe(l => l.StartsWith(Base));
        return urls.ToDictionary(
            u => "/" + u.Elements().Single(e => e.Name.LocalName == "loc").Value[Base.Length..],
            u => u.Elements().SingleOrDefault(e => e.Name.LocalName == "lastmod")?.Value);
    }

    /// <summary>Every page written (an <c>index.html</c>), without redirects (a meta refresh) — the 404 page is no index.html.</summary>
    private HashSet<string> WrittenPages() =>
        [.. Directory.EnumerateFiles(_site.OutputRoot, "index.html", SearchOption.AllDirectories)
            .Where(f => new HtmlParser().ParseDocument(File.ReadAllText(f)).QuerySelector("meta[http-equiv=refresh]") is null)
            .Select(f => "/" + Path.GetRelativePath(_site.OutputRoot, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(p => p == "/./" ? "/" : p)];

    private async Task PublishWithTwoFassungenAndAnAliasAsync(FassungCache? cache = null)
    {
        _site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10), "Erste Fassung", today: new DateOnly(2099, 3, 11));
        _site.Write("projekt.md", "---\ntitle: Projekt\nversion: \"1\"\nstand: 2099-06-01\naliases: [/alt/projekt/]\n---\n\nText.\n");
        _site.Freeze("2099/BV/0002", null, "Vorlage", Site.Fassungen.FassungStatus.Vorlage, today: new DateOnly(2099, 9, 2));
        var result = await _site.PublishAsync(new DateOnly(2099, 12, 1), cache: cache);
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task TheSitemap_ListsExactlyTheWrittenPages_OfTheCurrentStateAndEveryFassung()
    {
        // Given / When
        await PublishWithTwoFassungenAndAnAliasAsync();

        // Then
        var sitemap = Sitemap();
        var written = WrittenPages();
        sitemap.Keys.Order(StringComparer.Ordinal).ShouldBe(written.Order(StringComparer.Ordinal));
        written.ShouldContain("/fassungen/2099-bv-0001/bausteine/alpha/");
        written.ShouldContain("/fassungen/2099-bv-0002/projekt/");
        _site.Exists("alt/projekt/index.html").ShouldBeTrue("the redirect is written …");
        sitemap.Keys.ShouldNotContain("/alt/projekt/", "… but not listed");
        sitemap.Keys.ShouldAllBe(k => !k.Contains("404"));
        _site.Exists("fassungen/2099-bv-0001/sitemap.xml").ShouldBeFalse("one sitemap for the publication");
    }

    [Fact]
    public async Task LastModified_IsThePagesStand_InAFassungTheBeschlussOrTheDayAVorlageWasFrozen()
    {
        // Given / When
        await PublishWithTwoFassungenAndAnAliasAsync();

        // Then
        var sitemap = Sitemap();
        sitemap["/projekt/"].ShouldBe("2099-06-01");
        sitemap["/fassungen/2099-bv-0001/bausteine/alpha/"].ShouldBe("2099-03-10");
        sitemap["/fassungen/2099-bv-0002/projekt/"].ShouldBe("2099-09-02");
        sitemap["/uebersicht/"].ShouldBeNull("a generated page has no stand");
    }

    [Fact]
    public async Task FassungenFromTheCache_AreListedAsWell()
    {
        // Given
        var cache = new FassungCache(Path.Combine(_site.Root, ".cache"));
        await PublishWithTwoFassungenAndAnAliasAsync(cache);
        var first = Sitemap();

        // When
        var again = await _site.PublishAsync(new DateOnly(2099, 12, 1), cache: cache);

        // Then
        again.Builds.Where(b => !b.Edition.IsCurrent).ShouldAllBe(b => b.Result.FromCache);
        Sitemap().ShouldBe(first);
    }
}
