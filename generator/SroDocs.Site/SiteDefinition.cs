using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Output;

namespace SroDocs.Site;

/// <summary>
/// A frozen site: pipelines, Markdig pipeline and extensions, made by <see cref="SiteBuilder.Build"/>. Each
/// <see cref="BuildAsync"/> is a function of its <see cref="SiteInputs"/> with a context of its own, so one process
/// can run many builds (a preview server, one build per Fassung), one after another or side by side.
/// A build never throws for bad content; everything wrong is in the result's diagnostics.
/// </summary>
public sealed class SiteDefinition
{
    private readonly Markdig.MarkdownPipeline _markdown;
    private readonly SiteExtensions _extensions;

    /// <summary>Stands for the Markdig pipeline and the extensions in the fingerprints of a build's values: they are this definition's.</summary>
    private readonly string _identity = Guid.NewGuid().ToString("N");

    internal SiteDefinition(ImmutableArray<Pipeline> pipelines, Markdig.MarkdownPipeline markdown, SiteExtensions extensions)
    {
        Pipelines = pipelines;
        _markdown = markdown;
        _extensions = extensions;
        Dependencies = DependencyGraph.Of(pipelines);
        Dependencies.Validate(SiteValues.Given);
    }

    /// <summary>The default SroDocs site, as <c>new SiteBuilder().Build()</c> makes it.</summary>
    public static SiteDefinition Default() => new SiteBuilder().Build();

    /// <summary>The default site for a series of builds in one process (the preview): from its second build on, a small site's theme is compiled in the background (see <see cref="Templates.ReadTheme"/>).</summary>
    public static SiteDefinition ForPreview()
    {
        var builder = new SiteBuilder();
        builder.Pipeline(SroDocs.Site.Pipelines.PipelineNames.Theme).Read.Replace<Templates.ReadTheme>(new Templates.ReadTheme(compileForLaterBuilds: true));
        return builder.Build();
    }

    public ImmutableArray<Pipeline> Pipelines { get; }

    /// <summary>Which step reads and publishes which value: what an edit of a value invalidates.</summary>
    public DependencyGraph Dependencies { get; }

    public Task<SiteBuildResult> BuildAsync(SiteInputs inputs, CancellationToken cancellationToken = default) =>
        BuildAsync(inputs, null, cancellationToken);

    /// <param name="memo">
    /// The previous build's results, to take over every page whose inputs and dependencies did not change (a preview
    /// after an edit); null renders everything. One memo belongs to one definition and one series of builds.
    /// </param>
    public async Task<SiteBuildResult> BuildAsync(SiteInputs inputs, ChainMemo? memo, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var values = new BuildValues();
        values.Publish(SiteValues.Inputs, inputs, inputs.Fingerprint());
        values.Publish(SiteValues.Markdown, _markdown, _identity);
        values.Publish(SiteValues.Extensions, _extensions, _identity);
        var context = new BuildContext(values);

        IOutputStaging staging;
        try
        {
            staging = inputs.Output.BeginStaging();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return SiteBuildResult.NotRun([OutputDiagnostics.OutputBusy(inputs.Output.Display, exception)], stopwatch.Elapsed);
        }

        using (staging)
        {
            var stage = new OutputStage(staging, values, context.Diagnostics, inputs.Output.Display);
            var report = await PipelineRunner.RunAsync(Pipelines, context, new RunOptions { RenderedSink = stage, KeepPhaseOutputs = inputs.KeepPhaseOutputs, Memo = memo }, cancellationToken);
            var written = Commit(inputs, staging, stage, context.Diagnostics);
            var diagnostics = context.Diagnostics.ToSortedArray();
            if (inputs.WarningsAsErrors)
            {
                diagnostics = [.. diagnostics.Select(d => d.Promoted())];
            }

            // Pages readers can reach: the 404 page is written but counts as none.
            var pages = values.TryGet(SiteValues.Index, out var index) ? index.Pages.Count(p => p.Listed) : 0;
            return new SiteBuildResult(diagnostics, written, pages, stopwatch.Elapsed, context.Outputs, report)
            {
                SitemapEntries = index is null ? [] : SitemapEntry.Of(index, inputs),
            };
        }
    }

    /// <summary>Commits the staged output when the build has no errors (and no warnings under --warnings-as-errors); returns the files written.</summary>
    private static int Commit(SiteInputs inputs, IOutputStaging staging, OutputStage stage, DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors || (inputs.WarningsAsErrors && diagnostics.HasWarnings))
        {
            return 0;
        }

        try
        {
            staging.Write(OutputFolder.MarkerFile, Encoding.UTF8.GetBytes(OutputFolder.MarkerText));
            staging.Commit();
            return stage.FilesWritten;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(OutputDiagnostics.WriteFailed(SourceLocation.FileOnly(inputs.Output.Display), exception));
            return 0;
        }
    }
}
