namespace SroDocs.Site.Timeline;

/// <summary>Where a milestone stands on the build's reference date.</summary>
public enum MilestoneState
{
    Erreicht,
    Laufend,
    Geplant,

    /// <summary>The date has passed and no source says the milestone was reached: a gap in the evidence, not a verdict.</summary>
    TerminVerstrichen,

    /// <summary>A source says the milestone was missed (<c>verfehlt: true</c>).</summary>
    Verfehlt,
    OhneTermin,
    Abgeloest,
}
