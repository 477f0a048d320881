using System.Diagnostics;
using CsCheck;
using SroDocs.Site.Pipelines;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Direct;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Templates;

/// <summary>
/// Pages are rendered directly from the templates' syntax where the templates allow it, with the bytes Handlebars
/// renders; what the direct rendering does not know (other block helpers, a value it cannot print, an unknown name)
/// is rendered, and reported, by Handlebars.
/// </summary>
public sealed class DirectTemplateTests
{
    private static readonly DateOnly Stand = new(2026, 12, 1);

    /// <summary>The site with templates rendered directly where possible, or always by Handlebars; with a helper that says who calls it.</summary>
    private static SiteDefinition Site(bool renderDirectly)
    {
        var builder = new SiteBuilder();
        builder.Pipeline(PipelineNames.Theme).Read.Replace<ReadTheme>(new ReadTheme(renderDirectly: renderDirectly));
        builder.TemplateHelpers.Add(new TemplateHelper("wer", _ =>
            new StackTrace().GetFrames().Any(f => f.GetMethod()?.DeclaringType == typeof(DirectTemplate)) ? "direkt" : "handlebars"));
        builder.TemplateHelpers.Add(new TemplateHelper("gross", arguments => arguments[0]?.ToString()?.ToUpperInvariant()));
        return builder.Build();
    }

    private static readonly SiteDefinition Direct = Site(renderDirectly: true);
    private static readonly SiteDefinition Handlebars = Site(renderDirectly: false);

    private static MemorySite SiteWithLayout(string layout, string partial = "<i>{{page.title}}</i>") =>
        MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Page("erste.md", "Erste Seite", "Text.\n")
            .Page("zweite.md", "Zweite \"Seite\" & <mehr>", "Text.\n")
            .Write("_theme/partials/teil.hbs", partial)
            .Write("_theme/layouts/seite.hbs", layout);

    [Fact]
    public void EveryTemplateOfTheShippedTheme_IsADirectTemplate_AsTheBuildReadsIt()
    {
        // Layouts split around what they wrap, each part read directly; partials whole; with the default site's helpers.
        var helpers = new SiteBuilder().TemplateHelpers.ToList();
        var handlebars = HandlebarsDotNet.Handlebars.Create();
        var layouts = Directory.GetFiles(Path.Combine(RepositoryPaths.DefaultTheme, "layouts"), "*.hbs");
        var partials = Directory.GetFiles(Path.Combine(RepositoryPaths.DefaultTheme, "partials"), "*.hbs");
        layouts.Length.ShouldBeGreaterThan(10);
        partials.Length.ShouldBeGreaterThan(5);
        foreach (var file in layouts)
        {
            var source = new TemplateSource(Path.GetFileNameWithoutExtension(file), file, File.ReadAllText(file));
            var layout = CompiledLayout.Compile(handlebars, source.Compilable, source.Key == ThemeTemplates.BaseLayout ? "main" : "content", helpers);
            layout.Direct.ShouldNotBeNull(file);
        }

        foreach (var file in partials)
        {
            var source = new TemplateSource(Path.GetFileNameWithoutExtension(file), file, File.ReadAllText(file));
            DirectTemplateParser.Parse(source.Compilable, helpers).ShouldNotBeNull(file);
        }
    }

    [Fact]
    public async Task TheShippedSite_RenderedDirectly_IsByteForByteWhatHandlebarsRenders()
    {
        // Given
        using var site = TestSite.FromShippedContent();
        var direct = Path.Combine(site.Root, "direkt");
        var handlebars = Path.Combine(site.Root, "handlebars");

        // When
        var first = await site.BuildAsync(stand: Stand, output: direct, site: Direct);
        var second = await site.BuildAsync(stand: Stand, output: handlebars, site: Handlebars);

        // Then
        first.HasErrors.ShouldBeFalse(string.Join("\n", first.Diagnostics));
        second.HasErrors.ShouldBeFalse(string.Join("\n", second.Diagnostics));
        RenderersOf(first).ShouldBe([TemplateRenderer.Direct], "every page of the shipped site is rendered directly");
        RenderersOf(second).ShouldBe([TemplateRenderer.Handlebars]);
        OutputFolders.ShouldHoldTheSameFiles(direct, handlebars, atLeastPages: 41);
    }

    [Theory]
    [InlineData("<p id=\"wer\">{{wer \"x\"}}</p>{{#each nav}}{{#if @first}}{{title}}{{/if}}{{/each}}", "direkt")]
    [InlineData("<p id=\"wer\">{{wer \"x\"}}</p>{{#with page}}{{title}}{{/with}}", "handlebars")]
    [InlineData("<p id=\"wer\">{{wer \"x\"}}</p>{{~#if page.title~}} x {{~/if}}", "handlebars")]
    [InlineData("<p id=\"wer\">{{wer \"x\"}}</p><p>{{meta.noIndex}}</p>", "handlebars")]
    [InlineData("<p id=\"wer\">{{wer \"x\"}}</p>{{#each page}}{{this}}{{/each}}", "handlebars")]
    [InlineData("<p id=\"wer\">{{wer \"x\"}}</p>{{!---- Kopf ----}}<p>{{page.title}}</p>{{!-- x --}}", "handlebars")]
    [InlineData("<p id=\"wer\">{{wer \"x\"}}</p><p>{{true}}</p>", "handlebars")]
    public async Task APage_IsRenderedDirectly_OnlyWhereItsTemplatesAllow_AndAlwaysAsHandlebarsRendersIt(string body, string renderer)
    {
        // Given: a layout; where it uses more than the direct rendering knows, Handlebars renders the page
        var site = SiteWithLayout("<article><h1>{{page.title}}</h1>" + body + "{{{content}}}</article>");

        // When
        var direct = await site.BuildAsync(Direct);
        var directFiles = site.Output.Files;
        var handlebars = await site.BuildAsync(Handlebars);

        // Then
        direct.HasErrors.ShouldBeFalse(string.Join("\n", direct.Diagnostics));
        site.Html("erste/index.html").QuerySelector("#wer")!.TextContent.ShouldBe("handlebars");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(directFiles["erste/index.html"]));
        page.QuerySelector("#wer")!.TextContent.ShouldBe(renderer);
        // The same bytes, but for what the helper says.
        Differing(directFiles, site.Output.Files, ignore: "<p id=\"wer\">direkt</p>").ShouldBeEmpty();
        handlebars.Diagnostics.ShouldBe(direct.Diagnostics);
    }

    [Fact]
    public async Task AnUnknownName_IsReportedAsHandlebarsReportsIt_AtTheTemplateAndLine()
    {
        // Given
        var site = SiteWithLayout("<article>\n<h1>{{page.title}}</h1>\n{{#each nav}}{{titel}}{{/each}}{{{content}}}</article>");

        // When
        var direct = await site.BuildAsync(Direct);
        var handlebars = await site.BuildAsync(Handlebars);

        // Then
        var problem = direct.Diagnostics.FirstOrDefault(d => d.Code == "SRO3004");
        problem.ShouldNotBeNull(string.Join("\n", direct.Diagnostics));
        problem.Location!.Value.Path.ShouldEndWith("layouts/seite.hbs");
        problem.Location!.Value.Line.ShouldBe(3);
        direct.Diagnostics.ShouldBe(handlebars.Diagnostics);
    }

    /// <summary>
    /// Random layouts and partials made of what the direct rendering knows (values, <c>if</c>, <c>unless</c>, <c>each</c>
    /// with <c>else</c>, loop variables, partials, comments, helpers), laid out over lines with indents so that
    /// standalone block lines occur: the site rendered directly is the site Handlebars renders, errors included, and
    /// more than a quarter of the samples are in fact rendered directly (the rest use something left to Handlebars).
    /// </summary>
    [Fact]
    public void RandomTemplates_RenderTheSameBytes_DirectlyAndWithHandlebars()
    {
        var samples = 0;
        var direct = 0;
        Template(depth: 3).Select(Template(depth: 2), (layout, partial) => (Layout: layout, Partial: partial))
            .Sample(
                sample =>
                {
                    var site = SiteWithLayout("<p id=\"wer\">{{wer \"x\"}}</p>" + sample.Layout + "{{{content}}}", sample.Partial);
                    var first = site.BuildAsync(Direct).GetAwaiter().GetResult();
                    var directFiles = site.Output.Files;
                    var second = site.BuildAsync(Handlebars).GetAwaiter().GetResult();
                    Interlocked.Increment(ref samples);
                    if (directFiles.TryGetValue("erste/index.html", out var page) && System.Text.Encoding.UTF8.GetString(page).Contains("<p id=\"wer\">direkt</p>", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref direct);
                    }

                    return first.Diagnostics.SequenceEqual(second.Diagnostics) && Differing(directFiles, site.Output.Files, ignore: "<p id=\"wer\">direkt</p>").Count == 0;
                },
                iter: 100,
                print: sample => $"Layout:\n{sample.Layout}\nPartial:\n{sample.Partial}");
        direct.ShouldBeGreaterThan(samples / 4, $"{direct} of {samples} samples rendered directly");
    }

    private static readonly string[] Texts = ["", "x", " ", "\n", "  ", "\n  ", "\t", "<b>", "&amp;", "'=`"];

    /// <summary>Text Handlebars may read as part of a tag next to it.</summary>
    private static readonly string[] Awkward = ["-", "\"", "{", "}"];

    /// <summary>Values a template prints: text (or nothing) on every page.</summary>
    private static readonly string[] Printed = ["page.title", "site.title", "root", "meta.description", "documentTitle", "page.layout", "gross page.title", "gross \"text\""];

    /// <summary>Values a loop item of <c>nav</c> or <c>breadcrumbs</c> prints.</summary>
    private static readonly string[] PrintedInLoop = ["title", "href", "gross title", "@index"];

    /// <summary>Values Handlebars reads otherwise than as a name: a literal, a quote glued to a name.</summary>
    private static readonly string[] PrintedOtherwise = ["true", "gross title\"x\""];

    /// <summary>Values a condition tests: text, lists, flags, nothing.</summary>
    private static readonly string[] Tested = ["page.title", "meta.description", "meta.noIndex", "edition", "nav", "breadcrumbs", "toc", "hasToc"];

    private static readonly string[] TestedInLoop = ["title", "current", "@index", "@first", "@last"];

    private static Gen<string> Template(int depth) => Part(depth, inLoop: false).Array[1, 5].Select(parts => string.Concat(parts));

    private static Gen<string> Part(int depth, bool inLoop)
    {
        var text = Gen.Frequency<string>((40, Gen.OneOf(Texts)), (1, Gen.OneOf(Awkward)));
        var names = Gen.OneOf<string>(inLoop ? [.. Printed, .. PrintedInLoop] : Printed);
        var value = Gen.Select(Gen.Frequency<string>((20, names), (1, Gen.OneOf(PrintedOtherwise))), Gen.Bool, (v, triple) => triple && !v.StartsWith("gross", StringComparison.Ordinal) ? "{{{" + v + "}}}" : "{{" + v + "}}");
        var comment = Gen.Frequency<string>((20, Gen.Const("{{! ein Kommentar }}")), (1, Gen.Const("{{!-- ein {{Kommentar}} --}}")), (1, Gen.Const("{{!---- mehr Striche ----}}")));
        // The partial prints the page's values, so it is called where the page is what 'this' stands for (the shipped
        // theme covers partials inside loops).
        var plain = Gen.Frequency<string>((3, text), (3, value), (inLoop ? 0 : 1, Gen.Const("{{> teil}}")), (1, comment));
        if (depth == 0)
        {
            return plain;
        }

        var line = Gen.OneOf("", "\n", "\n  ", "  ", " \n");
        var condition = Gen.Select(Gen.OneOf("if", "unless"), Gen.OneOf<string>(inLoop ? [.. Tested, .. TestedInLoop, .. TestedInLoop] : Tested), line, Part(depth - 1, inLoop).Array[0, 3], Gen.Bool, Part(depth - 1, inLoop).Array[0, 2],
            (helper, path, around, body, withElse, inverse) =>
                $"{around}{{{{#{helper} {path}}}}}{around}{string.Concat(body)}{(withElse ? around + "{{else}}" + around + string.Concat(inverse) : "")}{around}{{{{/{helper}}}}}{around}");
        var loop = Gen.Select(Gen.OneOf("nav", "breadcrumbs"), line, Part(depth - 1, inLoop: true).Array[0, 3], Gen.Bool, Part(depth - 1, inLoop).Array[0, 2],
            (list, around, body, withElse, inverse) =>
                $"{around}{{{{#each {list}}}}}{around}{string.Concat(body)}{(withElse ? around + "{{else}}" + around + string.Concat(inverse) : "")}{around}{{{{/each}}}}{around}");
        return Gen.Frequency<string>((4, plain), (2, condition), (2, loop));
    }

    /// <summary>What rendered the pages of a build, each renderer once.</summary>
    private static List<TemplateRenderer> RenderersOf(SiteBuildResult result)
    {
        var pages = result.Outputs.AllLatest().Where(d => d.Metadata.Contains(SiteKeys.RenderedWith)).ToList();
        pages.Count.ShouldBeGreaterThan(40);
        return [.. pages.Select(d => d.Get(SiteKeys.RenderedWith)).Distinct()];
    }

    /// <summary>The files that differ between two outputs (or are in one only); <paramref name="ignore"/> in the first is read as in the second.</summary>
    private static List<string> Differing(IReadOnlyDictionary<string, byte[]> first, IReadOnlyDictionary<string, byte[]> second, string? ignore = null)
    {
        string Text(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);
        return [.. first.Keys.Union(second.Keys).Where(path =>
            !first.TryGetValue(path, out var a) || !second.TryGetValue(path, out var b)
            || (ignore is null ? !a.AsSpan().SequenceEqual(b) : Text(a).Replace(ignore, "<p id=\"wer\">handlebars</p>", StringComparison.Ordinal) != Text(b)))];
    }
}
