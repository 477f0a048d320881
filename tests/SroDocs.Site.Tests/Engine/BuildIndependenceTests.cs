using SroDocs.Testing;

namespace SroDocs.Site.Tests.Engine;

public sealed class BuildIndependenceTests
{
    [Fact]
    public async Task TwoBuildsInOneProcess_WithDifferentPrefixes_GiveIndependentSites()
    {
        // Given: one definition, the same content, two outputs
        var definition = SiteDefinition.Default();
        var current = MemorySite.WithTaxonomy().Page("_index.md", "Start", "## A\n\n[Seite](seite.md)\n").Page("seite.md", "Seite", "## B\n\nText.\n");
        var frozen = MemorySite.WithTaxonomy().Page("_index.md", "Start", "## A\n\n[Seite](seite.md)\n").Page("seite.md", "Seite", "## B\n\nAnders.\n");

        // When: both run at the same time
        var results = await Task.WhenAll(
            current.BuildAsync(definition, i => i with { UrlPrefix = "/", BaseUrl = new Uri("https://sro.example.org/") }),
            frozen.BuildAsync(definition, i => i with { UrlPrefix = "/fassungen/2099-1/", BaseUrl = new Uri("https://sro.example.org/") }));

        // Then
        results.ShouldAllBe(r => !r.HasErrors);
        current.Html("seite/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://sro.example.org/seite/");
        frozen.Html("seite/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://sro.example.org/fassungen/2099-1/seite/");
        current.Html("seite/index.html").QuerySelector(".prose")!.TextContent.ShouldContain("Text.");
        frozen.Html("seite/index.html").QuerySelector(".prose")!.TextContent.ShouldContain("Anders.");
        current.Html("index.html").QuerySelector(".prose a")!.GetAttribute("href").ShouldBe("seite/");
        frozen.Html("index.html").QuerySelector(".prose a")!.GetAttribute("href").ShouldBe("seite/");
        current.Output.Files.Keys.ShouldBe(frozen.Output.Files.Keys);
    }

    [Fact]
    public async Task TheSameDefinition_BuildsAgain_WithNothingLeftOverFromTheFirstBuild()
    {
        // Given
        var definition = SiteDefinition.Default();
        var broken = MemorySite.WithTaxonomy().Page("_index.md", "Start", "[kaputt](fehlt.md)\n");
        var fine = MemorySite.WithTaxonomy().Page("_index.md", "Start", "Text.\n");

        // When
        var first = await broken.BuildAsync(definition);
        var second = await fine.BuildAsync(definition);

        // Then
        first.HasErrors.ShouldBeTrue();
        broken.Output.Files.ShouldBeEmpty();
        second.Diagnostics.ShouldBeEmpty();
        fine.Output.Files.ShouldContainKey("index.html");
    }
}
