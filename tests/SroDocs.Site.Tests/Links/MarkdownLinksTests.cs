using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Links;

/// <summary>The link steps on the in-memory source: every kind of link, resolved and checked where it was written.</summary>
public sealed class MarkdownLinksTests
{
    private static MemorySite Site(string body) => MemorySite.WithTaxonomy()
        .Page("_index.md", "Start", "Text.\n")
        .Page("a/ziel.md", "Ziel", "## Abschnitt Eins\n\nText.\n", "id: das-ziel\n")
        .Page("a/b/seite.md", "Seite", body)
        .Write("a/bild.png", "png");

    [Fact]
    public async Task EveryKindOfLink_IsRewrittenRelativeToThePage()
    {
        // Given
        var site = Site("[r](../ziel.md) [a](../ziel.md#abschnitt-eins) [x](xref:das-ziel#abschnitt-eins) [g](glossar:srae) [s](/a/ziel/) ![b](../bild.png) [h](#oben) [e](https://example.org/)\n\n## Oben\n");

        // When
        await site.BuildCleanAsync();

        // Then
        site.Html("a/b/seite/index.html").QuerySelectorAll(".prose p a, .prose p img").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ShouldBe([
            "../../ziel/", "../../ziel/#abschnitt-eins", "../../ziel/#abschnitt-eins", "../../../glossar/#srae", "../../ziel/", "../../bild.png", "#oben", "https://example.org/",
        ]);
    }

    [Fact]
    public async Task BrokenLinks_AreReportedWhereTheyWereWritten_WithTheClosestMatch()
    {
        // Given
        var site = Site("Erst [weg](../fehlt.md), dann\n[anker](../ziel.md#abschnitt-ein) und [id](xref:das-zeil).\n");

        // When
        var result = await site.BuildAsync();

        // Then
        result.Diagnostics.Select(d => (d.Code, d.Location)).ShouldBe([
            (DiagnosticCodes.LinkTargetMissing, new SourceLocation("content/a/b/seite.md", 7, 6)),
            (DiagnosticCodes.LinkAnchorMissing, new SourceLocation("content/a/b/seite.md", 8, 1)),
            (DiagnosticCodes.XrefUnknown, new SourceLocation("content/a/b/seite.md", 8, 39)),
        ]);
        result.Diagnostics[1].Message.ShouldContain("Meinten Sie '#abschnitt-eins'?");
        result.Diagnostics[2].Message.ShouldContain("Meinten Sie 'das-ziel'?");
    }

    [Fact]
    public async Task LinksInGlossaryDefinitions_AreReportedAtTheirDataEntry()
    {
        // Given
        var site = Site("Text.\n").Write("_data/glossar.yml", "begriffe:\n  - id: srae\n    begriff: SRAE\n    kurz: k\n    definition: Siehe [x](xref:gibtsnicht).\n");

        // When
        var result = await site.BuildAsync();

        // Then
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.DataLinkBroken);
        diagnostic.Location.ShouldBe(new SourceLocation("content/_data/glossar.yml", 2, 5));
    }
}
