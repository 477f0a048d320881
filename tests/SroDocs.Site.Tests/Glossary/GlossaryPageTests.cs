using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Glossary;

public sealed class GlossaryPageTests
{
    [Fact]
    public async Task FirstOccurrenceInRunningText_BecomesALinkWithTooltip_OncePerTerm()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then
        var page = site.Html("bausteine/alpha/index.html");
        var terms = page.QuerySelectorAll(".prose .term").ToList();
        terms.Select(t => t.QuerySelector("a")!.TextContent).ShouldBe(["HzE", "Sozialraum", "SBZ"]);
        var hze = terms[0].QuerySelector("a.term-link")!;
        hze.GetAttribute("href").ShouldBe("../../glossar/#hze");
        hze.QuerySelector("abbr")!.TextContent.ShouldBe("HzE");
        var tip = page.GetElementById(hze.GetAttribute("aria-describedby")!)!;
        tip.GetAttribute("role").ShouldBe("tooltip");
        tip.TextContent.ShouldBe("HzE – Hilfen zur Erziehung: Leistungen für Familien nach SGB VIII.");
        terms[1].QuerySelector("abbr").ShouldBeNull("long forms are not abbreviations");
    }

    [Fact]
    public async Task Terms_AreNotMarkedInHeadingsCodeOrLinks()
    {
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        var page = site.Html("bausteine/alpha/index.html");
        page.QuerySelectorAll("h1 .term, h2 .term, h3 .term, code .term, pre .term, a .term").ShouldBeEmpty();
        page.QuerySelector("pre code")!.TextContent.ShouldContain("HzE im Code");
        page.QuerySelectorAll(".prose a[href='https://example.org/hze']").ShouldHaveSingleItem().TextContent.ShouldBe("zur HzE");
        page.QuerySelectorAll(".site-header .term, .site-footer .term, nav .term").ShouldBeEmpty();
    }

    [Fact]
    public async Task HyphenatedCompound_IsRecognised()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\nDie HzE-Leistungen steigen.\n");
        await site.BuildCleanAsync();
        var paragraph = site.Html("seite/index.html").QuerySelector(".prose p")!;
        paragraph.QuerySelector(".term-link")!.TextContent.ShouldBe("HzE");
        paragraph.TextContent.ShouldStartWith("Die HzE");
        paragraph.TextContent.ShouldContain("-Leistungen steigen.");
    }

    [Fact]
    public async Task PageCanOptOut()
    {
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        site.Html("bausteine/beta/index.html").QuerySelectorAll(".term").ShouldBeEmpty();
    }

    [Fact]
    public async Task GlossaryPage_ListsAllTermsAToZ_WithStableAnchors()
    {
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        var page = site.Html("glossar/index.html");
        page.QuerySelectorAll(".term-entry").Select(e => e.Id).ShouldBe(["hze", "jha", "sbz", "sozialraum"]);
        page.QuerySelectorAll(".letters a").Select(a => a.TextContent).ShouldBe(["H", "J", "S"]);
        page.QuerySelectorAll(".term").ShouldBeEmpty("the glossary page does not link to itself");
        var hze = page.GetElementById("hze")!;
        hze.QuerySelector("h3")!.TextContent.ShouldBe("HzE – Hilfen zur Erziehung");
        hze.QuerySelector(".term-law")!.TextContent.ShouldContain("§§ 27 ff. SGB VIII");
        hze.QuerySelector(".term-related a")!.GetAttribute("href").ShouldBe("#sozialraum");
        hze.QuerySelector(".term-definition a")!.GetAttribute("href").ShouldBe("#sozialraum");
        page.GetElementById("sozialraum")!.QuerySelector(".term-sources a")!.GetAttribute("href").ShouldBe("https://example.org/quelle");
    }

    [Fact]
    public async Task BrokenGlossaryData_IsReportedWithItsLocation()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("_data/glossar.yml", """
            begriffe:
              - id: a
                begriff: A-Wort
                kurz: Kurz.
                definition: Lang.
                siehe_auch: [b, fehlt]
              - id: b
                begriff: B-Wort
                definition: Ohne kurz.
              - id: a
                begriff: Doppelt
                kurz: K.
                definition: D.
            """);

        // When
        var result = await site.CheckAsync();

        // Then
        var path = "content/_data/glossar.yml";
        result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DataUnknownReference).ShouldHaveSingleItem().Location.ShouldBe(new Core.Diagnostics.SourceLocation(path, 6, 21));
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.DataRequiredMissing && d.Message.Contains("'kurz'") && d.Location!.Value.Line == 7);
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.DataDuplicateId && d.Location == new Core.Diagnostics.SourceLocation(path, 10, 9));
    }

    [Fact]
    public async Task BrokenLinksAndAddressesInData_AreReportedAtTheYamlEntry()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("_data/glossar.yml", """
            begriffe:
              - id: a
                begriff: A-Wort
                kurz: Kurz.
                definition: Siehe [dort](xref:gibtsnicht) und [Datei](../seite.md).
                quellen:
                  - titel: Quelle
                    url: javascript:alert(1)
            """);

        // When
        var result = await site.CheckAsync();

        // Then
        var path = "content/_data/glossar.yml";
        result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DataLinkBroken).Select(d => d.Location).ShouldBe([new Core.Diagnostics.SourceLocation(path, 2, 5), new Core.Diagnostics.SourceLocation(path, 2, 5)]);
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.DataWrongType && d.Location == new Core.Diagnostics.SourceLocation(path, 8, 14));
        result.Diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.OutputLinkBroken);
    }
}
