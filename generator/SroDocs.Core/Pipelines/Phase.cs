namespace SroDocs.Core.Pipelines;

/// <summary>
/// The phases of a build. Every pipeline finishes a phase before any pipeline starts the next one,
/// so a stage can rely on everything of the earlier phases being known.
/// </summary>
public enum Phase
{
    Read,
    Parse,
    Index,
    Render,
    Check,
    Write,
}
