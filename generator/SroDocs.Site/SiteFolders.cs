using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Output;

namespace SroDocs.Site;

/// <summary>
/// A site on disk: content, theme and output folders. Checks what cannot be a build's input (a missing folder, an
/// output folder that replacing would destroy) and makes the <see cref="SiteInputs"/> with physical sources.
/// </summary>
/// <param name="OutputRoot">Where <c>build</c> writes; null for <c>check</c>.</param>
/// <param name="DisplayRoot">Paths in messages are shown relative to this folder when they lie below it.</param>
public sealed record SiteFolders(string ContentRoot, string ThemeRoot, string? OutputRoot, string DisplayRoot)
{
    /// <summary>The folder of the frozen Fassungen (<c>fassungen/</c> beside the content); null for a site without them.</summary>
    public string? FassungenRoot { get; init; }

    /// <summary>The Fassungen as a source; a folder that does not exist holds none.</summary>
    public IContentSource Fassungen => FassungenRoot is null
        ? new MemoryContentSource([])
        : new PhysicalContentSource(FassungenRoot, DisplayRoot);

    /// <summary>The inputs, or the problems that keep the build from starting.</summary>
    public (SiteInputs? Inputs, ImmutableArray<Diagnostic> Problems) ToInputs()
    {
        var content = new PhysicalContentSource(ContentRoot, DisplayRoot);
        var theme = new PhysicalContentSource(ThemeRoot, DisplayRoot);
        if (!content.Exists)
        {
            return (null, [DataDiagnostics.ContentFolderMissing(content.DisplayOf(content.Root))]);
        }

        if (!theme.Exists)
        {
            return (null, [DataDiagnostics.ThemeFolderMissing(theme.DisplayOf(theme.Root))]);
        }

        IOutputTarget output = DiscardOutput.Instance;
        if (OutputRoot is not null)
        {
            if (OutputFolder.Problem(this, content) is { } unsafeOutput)
            {
                return (null, [unsafeOutput]);
            }

            output = new DirectoryOutput(OutputRoot, content.DisplayOf(Path.GetFullPath(OutputRoot)));
        }

        return (new SiteInputs(content, theme) { Output = output }, []);
    }
}
