using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Content;

/// <summary>
/// Symbolic links in the content or the theme are never followed (so nothing outside can be published, and a link
/// loop costs nothing); each is reported: one that leaves its folder or loops is an error, one inside a warning.
/// </summary>
public sealed class ReportSkippedLinks : IStep
{
    public StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var inputs = context.Read(SiteValues.Inputs);
        foreach (var (source, folderName) in new[] { (inputs.Content, "Inhaltsordner"), (inputs.Theme, "Theme-Ordner") })
        {
            foreach (var skipped in source.List().Skipped)
            {
                context.Diagnostics.Add(DataDiagnostics.LinkNotFollowed(SourceLocation.FileOnly(source.DisplayPath(skipped.Path)), skipped.Reason, skipped.Target, folderName));
            }
        }

        return ValueTask.FromResult(input);
    }
}
