namespace SroDocs.Site.Timeline;

/// <summary>How a milestone's date is meant: a point, open towards the future, a deadline, or a range.</summary>
public enum TerminKind
{
    Point,
    From,
    Until,
    Range,
}
