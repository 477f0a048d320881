using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Engine;

public sealed class TemplateNameTests
{
    [Fact]
    public async Task AMistypedName_IsAnErrorAtTheTemplateLine_WithTheNameItProbablyMeant()
    {
        // Given
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Write("_theme/layouts/start.hbs", "<article>\n  <h1>{{page.titel}}</h1>\n</article>\n");

        // When
        var result = await site.BuildAsync();

        // Then
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.TemplateUnknownName);
        diagnostic.Location.ShouldBe(new SourceLocation("content/_theme/layouts/start.hbs", 2, 14));
        diagnostic.Message.ShouldContain("'titel'");
        diagnostic.Message.ShouldContain("Meinten Sie 'title'?");
        site.Output.Files.ShouldBeEmpty();
    }

    [Fact]
    public async Task ANameOfAnotherKindOfPage_IsAnError_NotAnEmptySpot()
    {
        // Given: the glossary's data used on the home page
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Write("_theme/layouts/start.hbs", "<article><h1>{{page.title}}</h1>{{#each data.letters}}x{{/each}}</article>\n");

        // When
        var result = await site.BuildAsync();

        // Then
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("'letters'");
    }

    [Fact]
    public async Task AMissingPartial_IsAnErrorWhereItIsCalled()
    {
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Write("_theme/layouts/start.hbs", "<article>\n{{> kopf}}\n</article>\n");
        var diagnostic = (await site.BuildAsync()).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.TemplateSyntax);
        diagnostic.Location.ShouldBe(new SourceLocation("content/_theme/layouts/start.hbs", 2, 1));
    }

    [Fact]
    public async Task FrontMatterWithMarkup_IsEscaped_AlsoInStandalonePartials()
    {
        // Given: page-header.hbs is called as '  {{> page-header}}' on its own indented line
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Page("seite.md", "'<script>alert(1)</script>'", "Text.\n", "beschreibung: '<img src=x onerror=alert(2)>'\n");

        // When
        await site.BuildCleanAsync();

        // Then
        var html = site.Output.Text("seite/index.html");
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        site.Html("seite/index.html").QuerySelector("h1")!.TextContent.ShouldBe("<script>alert(1)</script>");
    }
}
