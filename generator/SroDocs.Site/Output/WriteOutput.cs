using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Output;

/// <summary>
/// The one writer: writes every document of every pipeline into a staging folder and swaps it in.
/// With errors (or warnings under --warnings-as-errors) nothing is written and the old site stays.
/// </summary>
public sealed class WriteOutput(IReadOnlyList<string> pipelines) : IStep
{
    public static readonly DataKey<int> FilesWritten = new("filesWritten");

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var options = context.Require(SiteState.Options);
        if (options.OutputRoot is null || context.Diagnostics.HasErrors || (options.WarningsAsErrors && context.Diagnostics.HasWarnings))
        {
            return ValueTask.FromResult(input);
        }

        var documents = pipelines.SelectMany(p => context.Outputs.Latest(p, Phase.Check)).Concat(input).Where(d => d.Destination.Length > 0).ToList();
        try
        {
            using var writer = new AtomicDirectoryWriter(options.OutputRoot);
            Parallel.ForEach(documents, new ParallelOptions { CancellationToken = cancellationToken }, document =>
            {
                if (document.Binary is { } bytes)
                {
                    writer.WriteBytes(document.Destination, bytes);
                }
                else
                {
                    writer.WriteText(document.Destination, document.Text);
                }
            });
            writer.WriteText(OutputFolder.MarkerFile, "Dieser Ordner wird von SroDocs erzeugt und bei jedem Build vollständig ersetzt.\n");
            writer.Commit();
            context.Publish(FilesWritten, documents.Count);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or AggregateException)
        {
            var cause = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
            context.Diagnostics.Add(OutputDiagnostics.WriteFailed(SourceLocation.FileOnly(options.DisplayPath(options.OutputRoot)), cause));
        }

        return ValueTask.FromResult(input);
    }
}
