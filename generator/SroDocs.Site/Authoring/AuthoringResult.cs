using System.Collections.Immutable;

namespace SroDocs.Site.Authoring;

/// <summary>
/// What <c>new</c> will write – the files and the next step for the author, in German – or why it writes nothing.
/// Exactly one of <see cref="Edits"/> (non-empty) and <see cref="Refusal"/> is set.
/// </summary>
public sealed record AuthoringResult
{
    private AuthoringResult(ImmutableArray<ContentEdit> edits, string nextStep, Refusal? refusal)
    {
        Edits = edits;
        NextStep = nextStep;
        Refusal = refusal;
    }

    public ImmutableArray<ContentEdit> Edits { get; }

    public string NextStep { get; }

    public Refusal? Refusal { get; }

    public static AuthoringResult Planned(ImmutableArray<ContentEdit> edits, string nextStep) => new(edits, nextStep, null);

    public static AuthoringResult Refused(Refusal refusal) => new([], "", refusal);

    public static implicit operator AuthoringResult(Refusal refusal) => Refused(refusal);
}
