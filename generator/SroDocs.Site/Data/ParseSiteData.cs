using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Glossary;
using SroDocs.Site.Timeline;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Data;

/// <summary>
/// Reads the known data files into typed records and publishes them: site settings, taxonomy, glossary
/// and milestones. A missing file gives the empty default, so a bare content folder still builds.
/// </summary>
public sealed class ParseSiteData : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var sink = new List<Diagnostic>();
        YamlMap? Load(string name)
        {
            var document = input.FirstOrDefault(d => d.Get(SiteKeys.ContentPath) is var p && (p == name || p == Path.ChangeExtension(name, ".yaml")));
            return document is null ? null : YamlDocumentReader.Read(new YamlSource(document.Source, document.Text, 0), YamlErrors.Data, sink);
        }

        var config = Load(ContentLayout.SiteFile) is { } siteMap ? SiteConfig.Read(siteMap) : SiteConfig.Default;
        var taxonomy = Load(ContentLayout.TaxonomyFile) is { } taxonomyMap ? Taxonomy.Read(taxonomyMap) : Taxonomy.Empty;
        var glossary = Load(ContentLayout.GlossaryFile) is { } glossaryMap ? GlossaryData.Read(glossaryMap) : GlossaryData.Empty;
        var milestones = Load(ContentLayout.MilestonesFile) is { } milestoneMap ? MilestonePlan.Read(milestoneMap, taxonomy) : MilestonePlan.Empty;

        context.Diagnostics.AddRange(sink);
        context.Publish(SiteState.Config, config);
        context.Publish(SiteState.Taxonomy, taxonomy);
        context.Publish(SiteState.Glossary, glossary);
        context.Publish(SiteState.TermMatcher, new TermMatcher(glossary));
        context.Publish(SiteState.Milestones, milestones);
        return ValueTask.FromResult(input);
    }
}
