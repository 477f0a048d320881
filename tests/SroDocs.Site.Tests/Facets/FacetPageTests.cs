using SroDocs.Testing;

namespace SroDocs.Site.Tests.Facets;

/// <summary>The listing pages per status, Modellregion and Schwerpunkt: one per taxonomy value, linked from each page's facts.</summary>
public sealed class FacetPageTests
{
    [Fact]
    public async Task EveryValueOfTheTaxonomy_HasItsPage_ListingExactlyThePagesThatCarryIt()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then: one page per status and region value
        foreach (var status in new[] { "planung", "entwicklung", "erprobung", "ueberpruefung", "anpassung" })
        {
            site.Exists($"merkmale/status/{status}/index.html").ShouldBeTrue(status);
        }

        Titles(site, "merkmale/status/erprobung/index.html").ShouldBe(["Alpha-Konzept"]);
        Titles(site, "merkmale/status/planung/index.html").ShouldBe(["Beta-Konzept"]);
        Titles(site, "merkmale/status/anpassung/index.html").ShouldBeEmpty();
        site.Html("merkmale/status/anpassung/index.html").QuerySelector("main")!.TextContent.ShouldContain("Bisher trägt keine Seite dieses Merkmal.");
        Titles(site, "merkmale/modellregionen/nord/index.html").ShouldBe(["Alpha-Konzept"]);
        site.Html("merkmale/modellregionen/nord/index.html").QuerySelector("h1")!.TextContent.Replace("\u00AD", "", StringComparison.Ordinal).ShouldBe("Modellregion Nordstadt");
    }

    [Fact]
    public async Task ANewValueInTheDataFile_MakesANewPage_OnTheIndexOfAllFacets()
    {
        // Given: a Schwerpunkt that was not there before, carried by Beta
        using var site = TestSite.FromFixture("minimal");
        var taxonomy = Path.Combine(site.ContentRoot, "_data", "taxonomie.yml");
        File.AppendAllText(taxonomy, "schwerpunkte:\n  - { id: jugendarbeit, name: Jugendarbeit }\n");
        var beta = Path.Combine(site.ContentRoot, "bausteine", "beta.md");
        File.WriteAllText(beta, File.ReadAllText(beta).Replace("status: planung", "status: planung\nschwerpunkte: [jugendarbeit]", StringComparison.Ordinal));

        // When
        await site.BuildCleanAsync();

        // Then
        Titles(site, "merkmale/schwerpunkte/jugendarbeit/index.html").ShouldBe(["Beta-Konzept"]);
        var index = site.Html("merkmale/index.html");
        index.QuerySelectorAll("#merkmal-schwerpunkte ~ ul a").Select(a => a.GetAttribute("href")).ShouldBe(["schwerpunkte/jugendarbeit/"]);
        index.QuerySelector("#merkmal-schwerpunkte ~ ul li")!.TextContent.ShouldContain("(1 Seite)");
    }

    [Fact]
    public async Task APagesFacts_LinkToTheListingPagesOfItsValues()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then
        var facts = site.Html("bausteine/alpha/index.html").QuerySelector(".page-facts")!;
        facts.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["../../merkmale/status/erprobung/", "../../ebenen/e1/", "../../merkmale/modellregionen/nord/"], ignoreOrder: true);
        site.Html("uebersicht/index.html").QuerySelectorAll(".cycle a").Select(a => a.GetAttribute("href")).ShouldContain("../merkmale/status/planung/");
    }

    private static List<string> Titles(TestSite site, string path) =>
        [.. site.Html(path).QuerySelectorAll("#seiten-mit-merkmal ~ ul .card > a").Select(a => a.TextContent.Trim())];
}
