using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Glossary;
using SroDocs.Site.Timeline;
using SroDocs.Site.Vorhabenliste;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Data;

/// <summary>
/// Reads the known data files into typed records and publishes them: site settings, taxonomy, glossary,
/// milestones and the Steckbrief for the Vorhabenliste. A missing file gives the empty default, so a bare content folder still builds.
/// </summary>
public sealed class ParseSiteData : IStep
{
    public StepDependencies Dependencies { get; } = new([], [SiteValues.Config, SiteValues.Taxonomy, SiteValues.Glossary, SiteValues.TermMatcher, SiteValues.Milestones, SiteValues.Steckbrief]);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var sink = new List<Diagnostic>();
        YamlMap? Load(string name)
        {
            var document = input.FirstOrDefault(d => ContentLayout.DataFileNames(name).Contains(d.Get(SiteKeys.ContentPath)));
            return document is null ? null : YamlDocumentReader.Read(new YamlSource(document.Source.Display, document.Text, 0), YamlErrors.Data, sink);
        }

        // Each file is read on its own: a fault in one never keeps the others (or their defaults) from being published.
        T Read<T>(string name, Func<YamlMap, T> read, T fallback)
        {
            try
            {
                return Load(name) is { } map ? read(map) : fallback;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                sink.Add(CoreDiagnostics.InternalError(nameof(ParseSiteData), input.FirstOrDefault(d => d.Get(SiteKeys.ContentPath) == name)?.Source.Display ?? name, exception));
                return fallback;
            }
        }

        var config = Read(ContentLayout.SiteFile, SiteConfig.Read, SiteConfig.Default);
        var taxonomy = Read(ContentLayout.TaxonomyFile, Taxonomy.Read, Taxonomy.Empty);
        var glossary = Read(ContentLayout.GlossaryFile, GlossaryData.Read, GlossaryData.Empty);
        var milestones = Read(ContentLayout.MilestonesFile, map => MilestonePlan.Read(map, taxonomy), MilestonePlan.Empty);
        var steckbrief = Read(ContentLayout.SteckbriefFile, map => SteckbriefReader.Read(map, milestones), SteckbriefData.None);

        context.Diagnostics.AddRange(sink);
        context.Publish(SiteValues.Config, config);
        context.Publish(SiteValues.Taxonomy, taxonomy);
        context.Publish(SiteValues.Glossary, glossary);
        context.Publish(SiteValues.TermMatcher, new TermMatcher(glossary));
        context.Publish(SiteValues.Milestones, milestones);
        context.Publish(SiteValues.Steckbrief, steckbrief);
        return ValueTask.FromResult(input);
    }
}
