using SroDocs.Site.Data;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Timeline;

/// <summary>The view model of the timeline page and the milestone lists on other pages.</summary>
public static class TimelineModel
{
    public static ViewModel Build(MilestonePlan plan, Taxonomy taxonomy, DateOnly today, PageLinks links, Func<string, string> renderMarkdown)
    {
        var plans = plan.States
            .OrderByDescending(s => s.Current)
            .Select(state =>
            {
                var items = new List<ViewModel>();
                var todayPlaced = !state.Current;
                foreach (var milestone in state.Milestones)
                {
                    if (!todayPlaced && milestone.Termin is { } termin && termin.SortDate > today && milestone.StateOn(today, true) != MilestoneState.Erreicht)
                    {
                        items.Add(TodayMarker(today));
                        todayPlaced = true;
                    }

                    var item = Milestone(milestone, state.Current, taxonomy, today, links, renderMarkdown);
                    item["anchor"] = milestone.Id;
                    items.Add(item);
                }

                if (!todayPlaced)
                {
                    items.Add(TodayMarker(today));
                }

                return new ViewModel
                {
                    ["id"] = state.Id,
                    ["title"] = state.Title,
                    ["stand"] = state.Stand is { } stand ? GermanFormat.Date(stand) : null,
                    ["source"] = state.Source,
                    ["current"] = state.Current,
                    ["items"] = items,
                };
            })
            .ToList();
        return new ViewModel { ["plans"] = plans, ["today"] = GermanFormat.Date(today) };
    }

    /// <summary>One milestone as shown in lists: date, title, state and the Bausteine it concerns (its anchor is set only on the timeline page).</summary>
    public static ViewModel Milestone(Milestone milestone, bool currentPlan, Taxonomy taxonomy, DateOnly today, PageLinks links, Func<string, string>? renderMarkdown = null)
    {
        var state = milestone.StateOn(today, currentPlan);
        return new ViewModel
        {
            ["isMilestone"] = true,
            ["id"] = milestone.Id,
            ["title"] = milestone.Title,
            ["date"] = milestone.DateText,
            ["dateIso"] = milestone.Termin is { Kind: not TerminKind.Until } t ? GermanFormat.Iso(t.Start) : null,
            ["reached"] = milestone.Reached is { } reached && reached <= today ? GermanFormat.Date(reached) : null,
            ["state"] = MilestoneLabels.CssName(state),
            ["stateLabel"] = MilestoneLabels.Of(state),
            ["overdue"] = state == MilestoneState.Ueberfaellig,
            ["description"] = renderMarkdown is null || milestone.Description.Length == 0 ? null : renderMarkdown(milestone.Description),
            ["href"] = links.To(Pipelines.GeneratedPage.Timeline.Url + "#" + milestone.Id),
            ["bausteine"] = milestone.Bausteine
                .Select(id => new ViewModel { ["name"] = taxonomy.Bausteine.Find(id)?.ShortName ?? id, ["href"] = links.Baustein(id) })
                .ToList(),
        };
    }

    private static ViewModel TodayMarker(DateOnly today) => new()
    {
        ["isToday"] = true,
        ["date"] = GermanFormat.Date(today),
    };
}
