namespace SroDocs.Site.Timeline;

/// <summary>Where a milestone stands on the build's reference date.</summary>
public enum MilestoneState
{
    Erreicht,
    Laufend,
    Geplant,
    Ueberfaellig,
    OhneTermin,
    Abgeloest,
}
