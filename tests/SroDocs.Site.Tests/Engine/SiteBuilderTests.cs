using System.Collections.Immutable;
using Markdig;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Analysis;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Markdown;
using SroDocs.Site.Navigation;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Engine;

public sealed class SiteBuilderTests
{
    /// <summary>A pipeline of a site's own: notes kept as documents in memory, rendered like pages.</summary>
    private sealed class ReadNotes(params (string Id, string Markdown)[] notes) : IStep
    {
        public StepDependencies Dependencies => StepDependencies.None;

        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(input.AddRange(notes.Select(note =>
            {
                var frontMatter = new PageFrontMatter { Title = "Notiz " + note.Id };
                var page = new PageEntry("notiz-" + note.Id, $"/notizen/{note.Id}/", frontMatter.Title, null, ContentKinds.Seite, 0,
                    new FileSource($"notizen/{note.Id}.md", $"notizen/{note.Id}.md"), $"notizen/{note.Id}.md", frontMatter, false);
                return new Document(page.Source, Destination.File(page.Destination), new TextContent(note.Markdown), Metadata.Empty
                    .With(SiteKeys.FrontMatter, frontMatter)
                    .With(SiteKeys.Page, page)) { InputHash = ContentHash.Of(note.Markdown) };
            })));
    }

    private sealed class MarkBody : DocumentStep
    {
        public override StepDependencies Dependencies => StepDependencies.None;

        protected override bool Applies(Document document) => document.Metadata.Contains(SiteKeys.Body);

        protected override Document Process(Document document, StepContext context) =>
            document.With(SiteKeys.Body, PageBody.FromHtml(document.Get(SiteKeys.Body).ToHtml() + "<p class=\"markiert\">eingefügt</p>"));
    }

    private sealed class PagesWithoutDescription : IAnalyzer
    {
        public IEnumerable<Diagnostic> Analyze(AnalysisContext context) =>
            context.Index.Pages.Where(p => p.FrontMatter is not null && p.Description is null)
                .Select(p => new Diagnostic("SRO9001", Severity.Warning, $"'{p.Title}' hat keine Beschreibung.", SourceLocation.FileOnly(p.Source.Display)));
    }

    private static MemorySite Site() => MemorySite.WithTaxonomy()
        .Page("_index.md", "Start", "## Willkommen\n\nText.\n")
        .Page("seite.md", "Eine Seite", "## Abschnitt\n\nMit :) und SRAE.\n", "beschreibung: Kurz.\n");

    [Fact]
    public async Task APipelineRegisteredThroughTheBuilder_GetsItsPagesWrittenAndLinkChecked()
    {
        // Given: a pipeline of the site's own, rendered with the site's steps; one note links nowhere
        var builder = new SiteBuilder();
        var notes = builder.AddPipeline("notizen");
        notes.Read.Add(new ReadNotes(("a", "---\n---\n\n## Erste\n\nSiehe [Seite](../seite.md#abschnitt).\n"), ("b", "---\n---\n\n[kaputt](../fehlt.md) und [Anker](../seite.md#nirgends)\n")));
        notes.Render.Add(new ParseMarkdown());
        notes.Render.Add(new RenderMarkdown());
        notes.Render.Add(new ApplyLayout(builder));

        // When
        var site = Site();
        var result = await site.BuildAsync(builder.Build());

        // Then: the checks found the note's broken links where they were written …
        result.Diagnostics.Select(d => (d.Code, d.Location.ToString())).ShouldBe([
            (DiagnosticCodes.LinkTargetMissing, "notizen/b.md:4:1"),
            (DiagnosticCodes.LinkAnchorMissing, "notizen/b.md:4:27"),
        ]);

        // … and without them the pages are written, linked relative to their place, and listed in the sitemap.
        var fixedBuilder = new SiteBuilder();
        fixedBuilder.AddPipeline("notizen").Read.Add(new ReadNotes(("a", "---\n---\n\n## Erste\n\nSiehe [Seite](../seite.md#abschnitt).\n")));
        fixedBuilder.Pipeline("notizen").Render.Add(new ParseMarkdown());
        fixedBuilder.Pipeline("notizen").Render.Add(new RenderMarkdown());
        fixedBuilder.Pipeline("notizen").Render.Add(new ApplyLayout(fixedBuilder));
        await site.BuildCleanAsync(fixedBuilder.Build());
        var note = site.Html("notizen/a/index.html");
        note.QuerySelector("h1")!.TextContent.ShouldBe("Notiz a");
        note.QuerySelector(".prose a[href='../../seite/#abschnitt']").ShouldNotBeNull();
        site.Output.Text("sitemap.xml").ShouldContain("notizen/a/");
    }

    [Fact]
    public async Task StepsInsertedByType_MarkdigExtensions_TemplateHelpersAndAnalyzers_AllTakePart()
    {
        // Given
        var builder = new SiteBuilder();
        builder.Pipeline("content").Render.InsertBefore<ApplyLayout>(new MarkBody());
        builder.Markdown.UseEmojiAndSmiley();
        builder.TemplateHelpers.Add(new TemplateHelper("gross", arguments => arguments[0]?.ToString()?.ToUpperInvariant()));
        builder.Analyzers.Add(new PagesWithoutDescription());
        var site = Site().Write("_theme/layouts/seite.hbs", "<article><h1>{{gross page.title}}</h1>{{{content}}}</article>");

        // When
        var result = await site.BuildAsync(builder.Build());

        // Then
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        var page = site.Html("seite/index.html");
        page.QuerySelector("p.markiert")!.TextContent.ShouldBe("eingefügt");
        page.QuerySelector("h1")!.TextContent.ShouldBe("EINE SEITE");
        page.QuerySelector(".prose, article")!.TextContent.ShouldContain("😃");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("'Start' hat keine Beschreibung.");
    }

    [Fact]
    public void Build_ChecksTheDependencyGraph_AndFreezesTheBuilder()
    {
        // Given: a step that reads the site index in the Read phase, before anyone publishes it
        var builder = new SiteBuilder();
        builder.Pipeline("data").Read.Add(new ReadsIndexTooEarly());

        // When / Then
        Should.Throw<InvalidOperationException>(() => builder.Build()).Message.ShouldContain("'index', which no earlier step publishes");
        Should.Throw<InvalidOperationException>(() => builder.Analyzers.Add(new PagesWithoutDescription()));
    }

    private sealed class ReadsIndexTooEarly : IStep
    {
        public StepDependencies Dependencies => StepDependencies.Reading(SiteValues.Index);

        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(input);
    }

    [Fact]
    public void TheDefaultSite_DeclaresWhatEachStepReads()
    {
        // Given
        var graph = SiteDefinition.Default().Dependencies;

        // When: the steps an edit of the glossary concerns
        var readers = graph.ReadersOf(SiteValues.Glossary).Select(n => n.ToString()).ToList();

        // Then
        readers.ShouldContain("Render/content/RenderMarkdown");
        readers.ShouldContain("Render/generated/ApplyLayout");
        graph.ReadersOf(SiteValues.Index).ShouldNotBeEmpty();
    }
}
