using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;

namespace SroDocs.Site.Timeline;

/// <summary>One milestone of a planning state.</summary>
public sealed record Milestone(
    string Id,
    string Title,
    Termin? Termin,
    string? Display,
    DateOnly? Reached,
    string Description,
    ImmutableArray<string> Bausteine,
    SourceLocation Location)
{
    /// <summary>True when a source says the milestone was missed.</summary>
    public bool Missed { get; init; }

    /// <summary>The date as shown: the author's display text, else the formatted date.</summary>
    public string DateText => Display ?? Termin?.Display ?? "ohne Termin";

    /// <summary>The state on <paramref name="today"/>; milestones of a superseded plan are <see cref="MilestoneState.Abgeloest"/>.</summary>
    public MilestoneState StateOn(DateOnly today, bool currentPlan)
    {
        if (!currentPlan)
        {
            return MilestoneState.Abgeloest;
        }

        if (Reached is { } reached && reached <= today)
        {
            return MilestoneState.Erreicht;
        }

        if (Termin is null)
        {
            return MilestoneState.OhneTermin;
        }

        if (today > Termin.End)
        {
            return Missed ? MilestoneState.Verfehlt : MilestoneState.TerminVerstrichen;
        }

        // A deadline ("bis 12/2025") has no known start: it is planned until it passes.
        return today < Termin.Start || Termin.Kind == TerminKind.Until ? MilestoneState.Geplant : MilestoneState.Laufend;
    }
}
