using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Content;

/// <summary>The Markdown text of a page: held in memory, or read again from its source (large sites keep little in memory).</summary>
public static class PageText
{
    /// <summary>The text, or null (with a diagnostic) when a file read again has changed since the build began.</summary>
    public static string? Of(Document document, DiagnosticBag diagnostics)
    {
        switch (document.Content)
        {
            case TextContent text:
                return text.Text;
            case SourceFileContent file:
                var bytes = file.Source.ReadAllBytes(file.Path);
                if (file.ReadHash is { } read && ContentHash.Of(bytes) != read)
                {
                    diagnostics.Add(FrontMatterDiagnostics.ChangedDuringBuild(SourceLocation.FileOnly(document.Source.Display)));
                    return null;
                }

                return TextFiles.Decode(bytes);
            default:
                throw new InvalidOperationException($"Document '{document.Source.Display}' holds no Markdown ({document.Content.GetType().Name}).");
        }
    }
}
