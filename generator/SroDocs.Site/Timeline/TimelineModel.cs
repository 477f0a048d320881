using SroDocs.Site.Data;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Timeline;

/// <summary>The view of the timeline page and the milestone lists on other pages.</summary>
public static class TimelineModel
{
    /// <param name="renderDescription">Renders a milestone's Markdown description for the timeline page.</param>
    public static TimelineView Build(MilestonePlan plan, Taxonomy taxonomy, DateOnly today, PageLinks links, Func<Milestone, string> renderDescription)
    {
        var plans = plan.States
            .OrderByDescending(s => s.Current)
            .Select(state =>
            {
                var items = new List<ITimelineItem>();
                var todayPlaced = !state.Current;
                foreach (var milestone in state.Milestones)
                {
                    if (!todayPlaced && milestone.Termin is { } termin && termin.SortDate > today && milestone.StateOn(today, true) != MilestoneState.Erreicht)
                    {
                        items.Add(new TodayMarker(GermanFormat.Date(today)));
                        todayPlaced = true;
                    }

                    var description = milestone.Description.Length == 0 ? null : renderDescription(milestone);
                    items.Add(Milestone(milestone, state.Current, taxonomy, today, links) with { Description = description, Anchor = milestone.Id });
                }

                if (!todayPlaced)
                {
                    items.Add(new TodayMarker(GermanFormat.Date(today)));
                }

                return new PlanView(state.Id, state.Title, state.Stand is { } stand ? GermanFormat.Date(stand) : null, state.Source, state.Current, items);
            })
            .ToList();
        return new TimelineView(plans, GermanFormat.Date(today));
    }

    /// <summary>One milestone as shown in lists: date, title, state and the Bausteine it concerns (no anchor, no description).</summary>
    public static MilestoneView Milestone(Milestone milestone, bool currentPlan, Taxonomy taxonomy, DateOnly today, PageLinks links)
    {
        var state = milestone.StateOn(today, currentPlan);
        return new MilestoneView(
            milestone.Id,
            milestone.Title,
            milestone.DateText,
            milestone.Termin is { Kind: not TerminKind.Until } t ? GermanFormat.Iso(t.Start) : null,
            milestone.Reached is { } reached && reached <= today ? GermanFormat.Date(reached) : null,
            MilestoneLabels.CssName(state),
            MilestoneLabels.Of(state),
            state is MilestoneState.TerminVerstrichen or MilestoneState.Verfehlt,
            null,
            links.To(DataPages.TimelinePage.Url + "#" + milestone.Id),
            [.. milestone.Bausteine.Select(id => new NamedLink(taxonomy.Bausteine.Find(id)?.ShortName ?? id, links.Baustein(id)))],
            null);
    }
}
