using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Pages;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.FrontMatter;

/// <summary>The front-matter step on the in-memory source: what each page becomes before anything is rendered.</summary>
public sealed class ParseFrontMatterTests
{
    [Fact]
    public async Task EveryPage_GetsItsIdUrlKindAndDestination_FromPathAndFrontMatter()
    {
        // Given
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Page("bausteine/_index.md", "Bausteine", "Text.\n")
            .Page("bausteine/alpha.md", "Alpha", "Text.\n", "baustein: Baustein Alpha\nebenen: [1]\nstatus: planung\nzyklus: 1\n")
            .Page("ueber.md", "Über", "Text.\n", "id: info\nhauptnavigation: true\n");

        // When
        var result = await site.BuildCleanAsync();

        // Then
        var pages = result.Outputs["content", Phase.Parse].Select(d => d.Get(SiteKeys.Page)).ToDictionary(p => p.Title);
        pages["Start"].ShouldSatisfyAllConditions(p => p.Url.ShouldBe("/"), p => p.Kind.ShouldBe(ContentKinds.Start), p => p.Id.ShouldBe("start"));
        pages["Bausteine"].ShouldSatisfyAllConditions(p => p.Kind.ShouldBe(ContentKinds.Abschnitt), p => p.InMainNavigation.ShouldBeTrue());
        pages["Alpha"].ShouldSatisfyAllConditions(
            p => p.Kind.ShouldBe(ContentKinds.Baustein),
            p => p.FrontMatter!.Baustein.ShouldBe("alpha"),
            p => p.FrontMatter!.Ebenen.ShouldBe(["e1"]),
            p => p.Destination.ShouldBe("bausteine/alpha/index.html"));
        pages["Über"].ShouldSatisfyAllConditions(p => p.Id.ShouldBe("info"), p => p.InMainNavigation.ShouldBeTrue());
        result.Outputs["content", Phase.Parse].ShouldAllBe(d => d.Destination is OutputFile);
    }

    [Fact]
    public async Task Problems_AreReportedAtTheirKeyOrValue()
    {
        // Given
        var site = MemorySite.WithTaxonomy()
            .Write("seite.md", "---\ntitle: T\nversion: \"1\"\nstand: 2025-13-01\nbaustein: alpha\nebenen: [e1]\nstatus: planug\nzyklus: 1\nfarbe: rot\n---\n");

        // When
        var result = await site.BuildAsync();

        // Then
        result.Diagnostics.Select(d => (d.Code, d.Location)).ShouldBe([
            (DiagnosticCodes.FrontMatterWrongType, new SourceLocation("content/seite.md", 4, 8)),
            (DiagnosticCodes.FrontMatterUnknownValue, new SourceLocation("content/seite.md", 7, 9)),
            (DiagnosticCodes.FrontMatterUnknownKey, new SourceLocation("content/seite.md", 9, 1)),
        ]);
        result.Diagnostics[1].Message.ShouldContain("Meinten Sie 'planung'?");
    }

    [Fact]
    public async Task APageWithoutFrontMatter_IsReported_AndStillKnownForLinks()
    {
        // Given
        var site = MemorySite.WithTaxonomy().Write("ohne.md", "Nur Text.\n").Page("seite.md", "Seite", "[ohne](ohne.md)\n");

        // When
        var result = await site.BuildAsync();

        // Then: one problem, at the page without front matter; the link to it is fine
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterMissing);
        diagnostic.Location.ShouldBe(new SourceLocation("content/ohne.md", 1, 1));
    }
}
