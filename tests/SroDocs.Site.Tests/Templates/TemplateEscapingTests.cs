using HandlebarsDotNet;
using SroDocs.Site.Templates;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Templates;

/// <summary>
/// Templates escape everything that comes from content: markup in front matter comes out as text on every kind of
/// page, the generated ones included — also where Handlebars.Net 2.4.3 would not escape it by itself.
/// </summary>
public sealed class TemplateEscapingTests
{
    private const string Markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    [Fact]
    public void HandlebarsNet_DoesNotEscapeAStandaloneIndentedPartial_SoTheThemeIsCompiledWithoutTheIndent()
    {
        // Given: the pattern of today's theme, a partial called alone on an indented line
        var handlebars = Handlebars.Create();
        handlebars.RegisterTemplate("kopf", "<h1>{{titel}}</h1>");
        const string layout = "<article>\n  {{> kopf}}\n</article>\n";
        var data = new { titel = "<b>fett</b>" };

        // When
        var asWritten = handlebars.Compile(layout)(data);
        var asCompiled = handlebars.Compile(new TemplateSource("seite", "layouts/seite.hbs", layout).Compilable)(data);

        // Then: the library bug is still there (when this fails, the workaround in TemplateSource can go) …
        asWritten.ShouldContain("<b>fett</b>");

        // … and the theme's way of compiling escapes
        asCompiled.ShouldContain("&lt;b&gt;fett&lt;/b&gt;");
        asCompiled.ShouldNotContain("<b>");
    }

    [Fact]
    public async Task MarkupInFrontMatter_IsTextOnEveryKindOfPage()
    {
        // Given: markup in the title and description of a home page, a section, a page, a Baustein and an Ebene
        var frontMatter = $"beschreibung: '{Markup}'\n";
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", $"'Start {Markup}'", "Text.\n", frontMatter)
            .Page("bausteine/_index.md", $"'Bereich {Markup}'", "Text.\n", frontMatter)
            .Page("bausteine/alpha.md", $"'Baustein {Markup}'", "Text.\n", frontMatter + "baustein: alpha\nebenen: [e1]\nstatus: planung\nzyklus: 1\naenderungen:\n  - datum: 2025-01-01\n    zyklus: 1\n    phase: planung\n    text: 'Änderung " + Markup + "'\n")
            .Page("ebenen/e1.md", $"'Ebene {Markup}'", "Text.\n", frontMatter + "ebene: e1\n")
            .Page("seite.md", $"'Seite {Markup}'", "Text.\n", frontMatter);

        // When
        await site.BuildCleanAsync();

        // Then: no page, generated or not, holds a construct that could run script …
        var pages = site.Output.LastStaged.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        pages.ShouldContain("uebersicht/index.html");
        pages.ShouldContain("aenderungen/index.html");
        foreach (var page in pages)
        {
            XssCorpus.Problems(site.Html(page)).ShouldBeEmpty(page);
        }

        // … and each title is shown as the text it is
        foreach (var (page, title) in new[] { ("index.html", "Start"), ("bausteine/index.html", "Bereich"), ("bausteine/alpha/index.html", "Baustein"), ("ebenen/e1/index.html", "Ebene"), ("seite/index.html", "Seite") })
        {
            site.Html(page).QuerySelector("main h1")!.TextContent.Trim().ShouldBe($"{title} {Markup}", page);
        }

        site.Html("uebersicht/index.html").Body!.TextContent.ShouldContain($"Baustein {Markup}");
        site.Html("aenderungen/index.html").Body!.TextContent.ShouldContain($"Änderung {Markup}");
    }
}
