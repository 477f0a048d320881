using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Content;

/// <summary>Reading the files of a source as documents: the one loop behind content pages, data files and templates.</summary>
public static class SourceFiles
{
    /// <summary>The visible files of a folder (no names starting with '_' or '.', except <c>_index.md</c>), relative to the source's root.</summary>
    public static IEnumerable<string> Visible(IContentSource source, string folder = "") =>
        source.List(folder).Files
            .Where(relative => !relative.Split('/').Any(ContentLayout.IsHidden))
            .Select(relative => Core.IO.SourcePaths.Combine(folder, relative));

    /// <summary>
    /// How much of a text that is not kept the metadata is made from: enough for the front matter pages have (the
    /// shipped content's longest ends after 600 bytes); a longer one is read again when it is parsed.
    /// </summary>
    public const int BeginningLimit = 1024;

    /// <summary>
    /// Text files as documents (UTF-8 checked, byte order mark and CR removed), in parallel; a file that is not UTF-8
    /// text is reported and left out. A document keeps its text
    /// while <paramref name="keep"/> allows; beyond that it only keeps where to read it again, so a corpus of any size
    /// is never held in memory at once. <paramref name="metadata"/> makes a document's metadata from its path and text;
    /// of a text not kept it sees only the first whole lines (<see cref="TextFiles.Beginning"/>, <see cref="BeginningLimit"/>).
    /// </summary>
    public static Document[] ReadText(IContentSource source, IReadOnlyList<string> paths, DiagnosticBag diagnostics, Func<string, string, Metadata> metadata, Func<int, bool> keep, CancellationToken cancellationToken)
    {
        var documents = new Document?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var path = paths[i];
            var bytes = source.ReadAllBytes(path);
            var display = source.DisplayPath(path);
            if (TextFiles.FindFault(bytes) is { } fault)
            {
                diagnostics.Add(FrontMatterDiagnostics.UnreadableText(display, fault));
                return;
            }

            var hash = ContentHash.Of(bytes);
            var kept = keep(bytes.Length);
            var text = TextFiles.Decode(kept ? bytes : TextFiles.Beginning(bytes, BeginningLimit));
            DocumentContent content = kept ? new TextContent(text) : new SourceFileContent(source, path) { ReadHash = hash };
            documents[i] = new Document(new FileSource(path, display), Destination.None, content, metadata(path, text))
            {
                InputHash = hash,
            };
        });
        return documents.OfType<Document>().ToArray();
    }
}
