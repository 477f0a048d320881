using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site.Output;

/// <summary>Declares the registered <see cref="ISiteFile"/>s as documents with their destinations (Parse phase).</summary>
public sealed class DeclareSiteFiles(IEnumerable<ISiteFile> files) : IStep
{
    public static readonly DataKey<ISiteFile> File = new("siteFile");

    public StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(input.AddRange(files.Where(file => file.IsWrittenFor(context.Read(SiteValues.Inputs))).Select(file =>
            new Document(new GeneratedSource(file.Name), Destination.File(file.Path), DocumentContent.Empty, Metadata.Empty.With(File, file))
            {
                InputHash = ContentHash.Of(file.Path),
            })));
}

/// <summary>Makes the text of each declared site file (Render phase).</summary>
public sealed class RenderSiteFiles(IEnumerable<ISiteFile> files) : DocumentStep
{
    public override StepDependencies Dependencies => new([.. files.SelectMany(f => f.Reads).Distinct()], []);

    protected override bool Applies(Document document) => document.Metadata.Contains(DeclareSiteFiles.File);

    protected override Document Process(Document document, StepContext context) =>
        document.WithText(document.Get(DeclareSiteFiles.File).Render(context));
}
