using System.Buffers;
using System.Text;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Output;

/// <summary>
/// The one writer. It receives every document at the end of the Render phase and writes those the
/// <see cref="OutputPlan"/> assigns an output file into the staging area, releasing their content at once, so a
/// build holds no rendered page longer than it takes to write it. Whether the staging becomes the site is decided
/// after the checks.
/// </summary>
public sealed class OutputStage(IOutputStaging staging, BuildValues values, DiagnosticBag diagnostics, string display) : IDocumentSink
{
    private readonly Lazy<OutputPlan?> _plan = new(() => values.TryGet(CheckOutputPaths.Plan, out var plan) ? plan : null);
    private int _written;

    public int FilesWritten => Volatile.Read(ref _written);

    public Document Accept(Document document)
    {
        if (document.Destination is not OutputFile file)
        {
            if (document.Content is LentBytes lent)
            {
                // Not written here: the document keeps its bytes, in an array of its own.
                var owned = document with { Content = lent.ToOwned() };
                lent.GiveBack();
                return owned;
            }

            return document;
        }

        try
        {
            if (_plan.Value is not { } plan || !plan.Writes(document))
            {
                // A path conflict, already reported: nothing is written for this document.
                return document with { Content = DocumentContent.Empty };
            }

            var length = Write(file.Path, document);
            Interlocked.Increment(ref _written);
            return document with { Content = new StagedContent(length) };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(OutputDiagnostics.WriteFailed(SourceLocation.FileOnly(display), exception));
            return document with { Content = DocumentContent.Empty };
        }
        finally
        {
            // Written or not, a lent buffer goes back: the document returned holds no bytes any more.
            (document.Content as LentBytes)?.GiveBack();
        }
    }

    private long Write(string path, Document document)
    {
        switch (document.Content)
        {
            case TextContent text:
                var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Text.Length));
                try
                {
                    var length = Encoding.UTF8.GetBytes(text.Text, buffer);
                    staging.Write(path, buffer.AsSpan(0, length));
                    return length;
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

            case BinaryContent binary:
                staging.Write(path, binary.Bytes);
                return binary.Bytes.Length;
            case LentBytes lent:
                staging.Write(path, lent.Bytes);
                return lent.Length;
            case SourceFileContent source:
                var bytes = source.Source.ReadAllBytes(source.Path);
                staging.Write(path, bytes);
                return bytes.Length;
            default:
                throw new InvalidOperationException($"'{document.Source.Display}' has no content to write ({document.Content.GetType().Name}).");
        }
    }
}
