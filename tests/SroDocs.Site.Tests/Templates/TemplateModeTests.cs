using System.Diagnostics;
using SroDocs.Site.Pipelines;
using SroDocs.Site.Templates;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Templates;

/// <summary>Small sites get their templates interpreted, large ones compiled; both render the same bytes.</summary>
public sealed class TemplateModeTests
{
    /// <summary>A site whose theme is compiled from <paramref name="interpretUpToPages"/> pages on; with a helper that says how the template calling it runs.</summary>
    private static SiteDefinition Site(int? interpretUpToPages = null, bool withModeHelper = false, bool compileForLaterBuilds = false)
    {
        // Handlebars renders every page here (no direct rendering): these tests are about its two modes.
        var builder = new SiteBuilder();
        builder.Pipeline(PipelineNames.Theme).Read.Replace<ReadTheme>(new ReadTheme(interpretUpToPages ?? ReadTheme.InterpretedUpToPages, compileForLaterBuilds, renderDirectly: false));

        if (withModeHelper)
        {
            // An interpreted template calls its helpers from the expression interpreter; a compiled one from generated code.
            builder.TemplateHelpers.Add(new TemplateHelper("modus", _ =>
                new StackTrace().GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Namespace == "System.Linq.Expressions.Interpreter") ? "interpretiert" : "kompiliert"));
        }

        return builder.Build();
    }

    [Theory]
    [InlineData(null, "interpretiert")]
    [InlineData(0, "kompiliert")]
    [InlineData(1, "kompiliert")]
    [InlineData(2, "interpretiert")]
    public async Task TheModeFollowsTheNumberOfPages(int? interpretUpToPages, string expected)
    {
        // Given: two Markdown pages, a layout that asks how it runs
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Page("seite.md", "Eine Seite", "Text.\n")
            .Write("_theme/layouts/seite.hbs", "<article><h1>{{page.title}}</h1><p id=\"modus\">{{modus}}</p>{{{content}}}</article>");

        // When
        var result = await site.BuildAsync(Site(interpretUpToPages, withModeHelper: true));

        // Then
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        site.Html("seite/index.html").QuerySelector("#modus")!.TextContent.ShouldBe(expected);
    }

    /// <summary>Builds a small site with <paramref name="definition"/> up to <paramref name="builds"/> times (100 ms apart, until compiled); the modes its page was rendered in.</summary>
    private static async Task<List<string>> ModesOfRepeatedBuilds(SiteDefinition definition, int builds)
    {
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Page("seite.md", "Eine Seite", "Text.\n")
            .Write("_theme/layouts/seite.hbs", "<article><h1>{{page.title}}</h1><p id=\"modus\">{{modus}}</p>{{{content}}}</article>");
        var modes = new List<string>();
        for (var build = 0; build < builds && (modes.Count == 0 || modes[^1] != "kompiliert"); build++)
        {
            if (build > 0)
            {
                await Task.Delay(100);
            }

            var result = await site.BuildAsync(definition);
            result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
            modes.Add(site.Html("seite/index.html").QuerySelector("#modus")!.TextContent);
        }

        return modes;
    }

    [Fact]
    public async Task InThePreview_ALaterBuildOfTheSameTheme_SwitchesToCompiledTemplates_OnceTheyAreReady()
    {
        // When: built again and again with one definition, as the preview does (at most 10 s)
        var modes = await ModesOfRepeatedBuilds(Site(withModeHelper: true, compileForLaterBuilds: true), builds: 100);

        // Then
        modes[0].ShouldBe("interpretiert");
        modes[^1].ShouldBe("kompiliert");
    }

    [Fact]
    public async Task AOneTimeBuild_NeverCompilesASmallTheme_EvenWhenBuiltAgain()
    {
        // When: built five times with the default step (a publication builds each Fassung with the same definition)
        var modes = await ModesOfRepeatedBuilds(Site(withModeHelper: true), builds: 5);

        // Then
        modes.ShouldBe(["interpretiert", "interpretiert", "interpretiert", "interpretiert", "interpretiert"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public async Task APartialThatIncludesItself_IsALocatedError_InEitherMode(int? interpretUpToPages)
    {
        // Given: interpreted templates use more stack per call; Handlebars stops the recursion at its depth limit
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Page("seite.md", "Eine Seite", "Text.\n")
            .Write("_theme/partials/schleife.hbs", "<span>{{> schleife}}</span>")
            .Write("_theme/layouts/seite.hbs", "<article><h1>{{page.title}}</h1>{{> schleife}}{{{content}}}</article>");

        // When
        var result = await site.BuildAsync(Site(interpretUpToPages));

        // Then
        result.Diagnostics.ShouldContain(d => d.Code.StartsWith("SRO3") && d.Location != null && d.Location.Value.Path.EndsWith("seite.hbs"), string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task InterpretedAndCompiledTemplates_RenderTheShippedSite_ByteForByte()
    {
        // Given
        using var site = TestSite.FromShippedContent();
        var interpreted = Path.Combine(site.Root, "interpretiert");
        var compiled = Path.Combine(site.Root, "kompiliert");

        // When
        var first = await site.BuildAsync(stand: new DateOnly(2026, 12, 1), output: interpreted, site: Site());
        var second = await site.BuildAsync(stand: new DateOnly(2026, 12, 1), output: compiled, site: Site(interpretUpToPages: 0));

        // Then
        first.HasErrors.ShouldBeFalse(string.Join("\n", first.Diagnostics));
        second.HasErrors.ShouldBeFalse(string.Join("\n", second.Diagnostics));
        OutputFolders.ShouldHoldTheSameFiles(interpreted, compiled, atLeastPages: 41);
    }
}
