using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Privacy;

/// <summary>
/// Every stylesheet the site publishes (the theme's and the site's <c>_theme/</c> overrides) is read before it is
/// copied: a <c>url()</c> or <c>@import</c> of another origin is an error at its line and column — a reader's browser
/// would otherwise contact that server on every page.
/// </summary>
public sealed class CheckStylesheets : DocumentStep
{
    public override StepDependencies Dependencies => StepDependencies.None;

    protected override bool Applies(Document document) =>
        document.Destination is OutputFile { Path: var path } && path.EndsWith(".css", StringComparison.OrdinalIgnoreCase) && document.Content is SourceFileContent;

    protected override Document Process(Document document, StepContext context)
    {
        var file = (SourceFileContent)document.Content;
        var text = TextFiles.Decode(file.Source.ReadAllBytes(file.Path));
        foreach (var finding in ForeignReferences.InCss(text))
        {
            context.Diagnostics.Add(LinkDiagnostics.ForeignResourceInStylesheet(At(document.Source.Display, text, finding.Offset), finding.What, finding.Address));
        }

        return document;
    }

    private static SourceLocation At(string file, string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var line = before.Count('\n') + 1;
        return new SourceLocation(file, line, offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}
