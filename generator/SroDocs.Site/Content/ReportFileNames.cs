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
        for (var start = 0; ; )
        {
            var slash = path.IndexOf('/', start);
            var end = slash < 0 ? path.Length : slash;
            var prefix = path[..end];
            if (reported.Add(prefix))
            {
                var segment = path[start..end];
                if (FileNames.Breaking(segment) is { } why)
                {
                    diagnostics.Add(DataDiagnostics.FileNameBreaking(SourceLocation.FileOnly(source.DisplayPath(prefix)), segment, why));
                }
                else if (published && !FileNames.IsPlain(segment))
                {
                    diagnostics.Add(DataDiagnostics.FileNameNotPlain(SourceLocation.FileOnly(source.DisplayPath(prefix)), segment, FileNames.PlainFor(segment)));
                }
            }

            if (slash < 0)
            {
                return;
            }

            start = slash + 1;
        }
    }
}
