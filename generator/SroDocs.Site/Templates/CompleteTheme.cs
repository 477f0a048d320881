using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site.Templates;

/// <summary>Waits for the theme compilation that <see cref="ReadTheme"/> started, reports its problems and publishes the templates.</summary>
public sealed class CompleteTheme : IStep
{
    public StepDependencies Dependencies { get; } = StepDependencies.Reading(ReadTheme.Compilation).AndPublishing(SiteValues.Templates);

    public async ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var (templates, problems) = await context.Read(ReadTheme.Compilation).WaitAsync(cancellationToken);
        context.Diagnostics.AddRange(problems);
        context.Publish(SiteValues.Templates, templates);
        return input;
    }
}
