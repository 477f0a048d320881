using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Content;

/// <summary>
/// Checks the names of every file and folder in the content and the theme (<see cref="FileNames"/>): a name that breaks
/// a checkout on Windows or a web address is an error; a published name that makes an awkward address is a warning
/// with a plain name to use instead.
/// </summary>
public sealed class ReportFileNames : IStep
{
    public StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var inputs = context.Read(SiteValues.Inputs);
        foreach (var source in new[] { inputs.Content, inputs.Theme })
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in source.List().Files)
            {
                Check(source, path, reported, context.Diagnostics, published: source == inputs.Content && !path.Split('/').Any(ContentLayout.IsHidden));
            }
        }

        return ValueTask.FromResult(input);
    }

    /// <summary>Each segment of <paramref name="path"/> once, so a badly named folder is one message, not one per file.</summary>
    private static void Check(IContentSource source, string path, HashSet<string> reported, DiagnosticBag diagnostics, bool published)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var prefix = string.Join('/', segments[..(i + 1)]);
            if (!reported.Add(prefix))
            {
                continue;
            }

            var location = SourceLocation.FileOnly(source.DisplayPath(prefix));
            if (FileNames.Breaking(segments[i]) is { } why)
            {
                diagnostics.Add(DataDiagnostics.FileNameBreaking(location, segments[i], why));
            }
            else if (published && !FileNames.IsPlain(segments[i]))
            {
                diagnostics.Add(DataDiagnostics.FileNameNotPlain(location, segments[i], FileNames.PlainFor(segments[i])));
            }
        }
    }
}
