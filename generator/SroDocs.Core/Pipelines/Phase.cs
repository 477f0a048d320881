namespace SroDocs.Core.Pipelines;

/// <summary>
/// The phases of a build. Every pipeline finishes a phase before any pipeline starts the next one,
/// so a step can rely on everything of the earlier phases being known.
/// </summary>
public enum Phase
{
    /// <summary>Files are listed and read.</summary>
    Read,

    /// <summary>Front matter and data are parsed; pages are created.</summary>
    Parse,

    /// <summary>Every page is known: index, destinations, duplicate checks.</summary>
    Index,

    /// <summary>Pages are rendered and handed to the output, one by one.</summary>
    Render,

    /// <summary>Analyzers check what the rendering found (links, anchors).</summary>
    Check,

    /// <summary>Work on the complete staged output before it is committed (e.g. a search index).</summary>
    Write,
}
