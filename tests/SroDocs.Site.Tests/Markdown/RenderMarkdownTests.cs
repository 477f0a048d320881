using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Markdown;

/// <summary>The Markdown steps on the in-memory source: anchors, glossary terms, placeholders, tables, HTML.</summary>
public sealed class RenderMarkdownTests
{
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(string body, string extra = "")
    {
        var site = MemorySite.WithTaxonomy().Page("_index.md", "Start", "Text.\n").Page("seite.md", "Die Seite", body, extra);
        await site.BuildCleanAsync();
        return site.Html("seite/index.html");
    }

    [Fact]
    public async Task Headings_GetGermanAnchors_AndTheTitleIsNotRepeated()
    {
        // When
        var page = await RenderAsync("# Die Seite\n\n## Überprüfung & Anpassung\n\n# Zweiter Teil\n\n## Überprüfung & Anpassung\n");

        // Then
        page.QuerySelectorAll("h1").ShouldHaveSingleItem();
        page.QuerySelectorAll(".prose h2").Select(h => (h.Id, h.TextContent)).ShouldBe([
            ("ueberpruefung-anpassung", "Überprüfung & Anpassung"),
            ("zweiter-teil", "Zweiter Teil"),
            ("ueberpruefung-anpassung-2", "Überprüfung & Anpassung"),
        ]);
        page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")).ShouldBe(["#ueberpruefung-anpassung", "#zweiter-teil", "#ueberpruefung-anpassung-2"]);
    }

    [Fact]
    public async Task GlossaryTerms_AreMarkedOnce_AndNeverInHeadingsLinksOrCode()
    {
        // When
        var page = await RenderAsync("## SRAE im Titel\n\nDie `SRAE` im Code, [SRAE](https://example.org/) im Link,\nund dann SRAE und noch einmal SRAE.\n\n::: {.kein-glossar}\nSRAE\n:::\n");

        // Then
        var terms = page.QuerySelectorAll(".prose .term");
        var term = terms.ShouldHaveSingleItem();
        term.QuerySelector("a.term-link")!.GetAttribute("href").ShouldBe("../glossar/#srae");
        term.QuerySelector("abbr")!.TextContent.ShouldBe("SRAE");
        term.QuerySelector("[role=tooltip]")!.TextContent.ShouldContain("Angebote im Sozialraum gemeinsam entwickeln.");
        page.QuerySelector(".prose p")!.TextContent.ShouldContain("und dann SRAE");
    }

    [Fact]
    public async Task APageCanOptOutOfGlossaryTerms()
    {
        var page = await RenderAsync("Die SRAE.\n", "glossar: false\n");
        page.QuerySelectorAll(".term").ShouldBeEmpty();
    }

    [Fact]
    public async Task Placeholders_AndTables_GetTheirAccessibleMarkup()
    {
        // When
        var page = await RenderAsync("::: platzhalter\nNoch offen.\n:::\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        // Then
        var placeholder = page.QuerySelector(".prose div.platzhalter")!;
        placeholder.GetAttribute("role").ShouldBe("note");
        placeholder.QuerySelector(".platzhalter-label")!.TextContent.ShouldBe("Platzhalter – noch nicht belegt");
        var wrapper = page.QuerySelector(".prose .table-wrap")!;
        wrapper.GetAttribute("tabindex").ShouldBe("0");
        wrapper.QuerySelector("table").ShouldNotBeNull();
    }

    [Fact]
    public async Task HarmlessHtml_IsPublished_AndItsIdsAreAnchors()
    {
        // When
        var page = await RenderAsync("<details id=\"mehr\"><summary>Mehr</summary>Text</details>\n\n[dorthin](#mehr)\n");

        // Then
        page.QuerySelector(".prose details#mehr summary")!.TextContent.ShouldBe("Mehr");
    }

    [Theory]
    [InlineData("## Kopf {onmouseover=alert(1)}", "'onmouseover'", 7, 1)]
    [InlineData("Text [x](#){onclick=\"alert(1)\"} mehr", "'onclick'", 7, 6)]
    [InlineData("<img src=\"bild.png\" onerror=\"alert(1)\">", "'onerror'", 7, 1)]
    [InlineData("Vorher <span style=\"color:red\">rot</span>", "'style'", 7, 8)]
    public async Task ScriptCapableMarkup_IsReportedWhereItWasWritten(string body, string what, int line, int column)
    {
        // Given
        var site = MemorySite.WithTaxonomy().Page("seite.md", "Seite", body + "\n");

        // When
        var result = await site.BuildAsync();

        // Then
        var diagnostic = result.Diagnostics.First(d => d.Code is DiagnosticCodes.HtmlNotAllowed or DiagnosticCodes.MarkdownAttributeNotAllowed);
        diagnostic.Message.ShouldContain(what);
        diagnostic.Location.ShouldBe(new Core.Diagnostics.SourceLocation("content/seite.md", line, column));
        site.Output.Files.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheSyntaxTree_IsReleasedOnceThePageIsRendered()
    {
        var site = MemorySite.WithTaxonomy().Page("seite.md", "Seite", "Text.\n");
        var result = await site.BuildCleanAsync();
        result.Outputs["content", Phase.Render].ShouldAllBe(d => !d.Artefacts.Contains(SiteKeys.MarkdownSyntax) && d.Content is Core.Documents.StagedContent);
    }
}
