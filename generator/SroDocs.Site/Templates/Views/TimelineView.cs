namespace SroDocs.Site.Templates.Views;

/// <summary>The timeline page: every planning state, the current one first.</summary>
public sealed record TimelineView(IReadOnlyList<PlanView> Plans, string Today) : IPageAnchors
{
    public IEnumerable<string> Anchors =>
        Plans.Select(p => p.Id)
            .Concat(Plans.SelectMany(p => p.Items).OfType<MilestoneView>().Select(m => m.Anchor).OfType<string>());
}

public sealed record PlanView(string Id, string Title, string? Stand, string Source, bool Current, IReadOnlyList<ITimelineItem> Items);

/// <summary>An item of a timeline: a milestone, or the marker of the reference date.</summary>
public interface ITimelineItem
{
    bool IsToday { get; }
}

/// <summary>"Heute" between the milestones that are past and those still ahead.</summary>
public sealed record TodayMarker(string Date) : ITimelineItem
{
    public bool IsToday => true;
}

/// <summary>One milestone as shown in lists: date, title, state and the Bausteine it concerns.</summary>
/// <param name="Anchor">Set only on the timeline page, where the milestone is the link target.</param>
public sealed record MilestoneView(
    string Id,
    string Title,
    string Date,
    string? DateIso,
    string? Reached,
    string State,
    string StateLabel,
    bool Overdue,
    string? Description,
    string Href,
    IReadOnlyList<NamedLink> Bausteine,
    string? Anchor) : ITimelineItem
{
    public bool IsToday => false;
}
