using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Output;

/// <summary>
/// Makes sure no two documents are written to the same output path, and that no file is needed as a
/// folder by another (e.g. a content file <c>glossar/index.html</c> against the generated glossary).
/// </summary>
public sealed class CheckOutputPaths(IReadOnlyList<string> pipelines) : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var documents = pipelines.SelectMany(p => context.Outputs.Latest(p, Phase.Check)).Concat(input).Where(d => d.Destination.Length > 0).ToList();
        var owners = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (owners.TryGetValue(document.Destination, out var first))
            {
                context.Diagnostics.Add(OutputDiagnostics.DuplicateOutputPath(SourceLocation.FileOnly(document.Source), document.Destination, first.Source));
            }
            else
            {
                owners[document.Destination] = document;
            }
        }

        var folders = owners.Keys.SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, document) in owners.Where(o => folders.Contains(o.Key)))
        {
            context.Diagnostics.Add(OutputDiagnostics.FileNeededAsFolder(SourceLocation.FileOnly(document.Source), path));
        }

        return ValueTask.FromResult(input);
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            yield return path[..slash];
        }
    }
}
