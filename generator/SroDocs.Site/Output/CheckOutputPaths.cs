using System.Collections.Frozen;
using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Output;

/// <summary>
/// Before anything is written: no two documents may be written to the same output path, no file may be needed as a
/// folder by another (e.g. a content file <c>glossar/index.html</c> against the generated glossary), and no path may
/// leave the output folder. Publishes the <see cref="OutputPlan"/> the output follows.
/// </summary>
public sealed class CheckOutputPaths : IStep
{
    public static readonly DataKey<OutputPlan> Plan = new("outputPlan");

    public StepDependencies Dependencies { get; } = new StepDependencies([], [Plan]).AndAllDocuments();

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in context.AllDocuments())
        {
            if (document.Destination is not OutputFile { Path: var path })
            {
                continue;
            }

            if (!Core.IO.SourcePaths.IsSafe(path))
            {
                context.Diagnostics.Add(OutputDiagnostics.PathLeavesOutput(SourceLocation.FileOnly(document.Source.Display), path));
            }
            else if (owners.TryGetValue(path, out var first))
            {
                if (SamePageAddress(first, document))
                {
                    continue; // reported as two pages for one address, where it is clearer
                }

                context.Diagnostics.Add(OutputDiagnostics.DuplicateOutputPath(SourceLocation.FileOnly(document.Source.Display), path, first.Source.Display));
            }
            else
            {
                owners[path] = document;
            }
        }

        var folders = owners.Keys.SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, document) in owners.Where(o => folders.Contains(o.Key)).ToList())
        {
            context.Diagnostics.Add(OutputDiagnostics.FileNeededAsFolder(SourceLocation.FileOnly(document.Source.Display), path));
            owners.Remove(path);
        }

        context.Publish(Plan, new OutputPlan(owners.ToFrozenDictionary(o => o.Key, o => o.Value.Source, StringComparer.Ordinal)));
        return ValueTask.FromResult(input);
    }

    private static bool SamePageAddress(Document first, Document second) =>
        first.Metadata.Contains(SiteKeys.Page) && second.Metadata.Contains(SiteKeys.Page) && first.Get(SiteKeys.Page).Url == second.Get(SiteKeys.Page).Url;

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            yield return path[..slash];
        }
    }
}
