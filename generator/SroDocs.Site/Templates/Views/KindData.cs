namespace SroDocs.Site.Templates.Views;

/// <summary>The home page's data: the current and the next milestone, and every Baustein.</summary>
public sealed record StartData(MilestoneView? CurrentMilestone, MilestoneView? NextMilestone, IReadOnlyList<PageSummary> Bausteine);

/// <summary>A Baustein page's data: its milestones and its changes.</summary>
public sealed record BausteinData(IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<ChangeView> Changes);

/// <summary>An Ebene page's data: the Bausteine that work on it.</summary>
public sealed record EbeneData(IReadOnlyList<PageSummary> Bausteine);

/// <summary>Ids a kind's data puts on its page (glossary entries, milestones …), so that links to them are checked.</summary>
public interface IPageAnchors
{
    IEnumerable<string> Anchors { get; }
}
