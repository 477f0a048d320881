namespace SroDocs.Site.Timeline;

/// <summary>German labels of milestone states.</summary>
public static class MilestoneLabels
{
    public static string Of(MilestoneState state) => state switch
    {
        MilestoneState.Erreicht => "erreicht",
        MilestoneState.Laufend => "laufend",
        MilestoneState.Geplant => "geplant",
        MilestoneState.TerminVerstrichen => "Termin verstrichen, Erreichen nicht belegt",
        MilestoneState.Verfehlt => "verfehlt",
        MilestoneState.OhneTermin => "ohne Termin",
        _ => "früherer Planungsstand",
    };

    /// <summary>A CSS-safe name of the state.</summary>
    public static string CssName(MilestoneState state) => state.ToString().ToLowerInvariant();
}
