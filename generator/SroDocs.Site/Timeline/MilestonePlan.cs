using System.Collections.Immutable;
using SroDocs.Site.Data;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Timeline;

/// <summary>The milestone plans from <c>_data/meilensteine.yml</c>: the current plan and earlier planning states.</summary>
public sealed record MilestonePlan(ImmutableArray<PlanningState> States)
{
    public static readonly MilestonePlan Empty = new(ImmutableArray<PlanningState>.Empty);

    public static readonly ImmutableHashSet<string> Keys = ["planungsstaende"];
    public static readonly ImmutableHashSet<string> StateKeys = ["id", "titel", "stand", "quelle", "aktuell", "meilensteine"];
    public static readonly ImmutableHashSet<string> MilestoneKeys = ["id", "titel", "termin", "anzeige", "erreicht", "verfehlt", "beschreibung", "bausteine"];

    /// <summary>Keys the file, each planning state and each milestone must have.</summary>
    public static readonly ImmutableArray<string> RequiredKeys = ["planungsstaende"];
    public static readonly ImmutableArray<string> StateRequiredKeys = ["id", "titel", "meilensteine"];
    public static readonly ImmutableArray<string> MilestoneRequiredKeys = ["id", "titel"];

    public PlanningState? Current => States.FirstOrDefault(s => s.Current);

    /// <summary>All milestones of the current plan that concern a Baustein.</summary>
    public IEnumerable<Milestone> ForBaustein(string bausteinId) =>
        Current?.Milestones.Where(m => m.Bausteine.Contains(bausteinId)) ?? [];

    /// <summary>The milestone of the current plan that is running now, else the last one reached or passed.</summary>
    public Milestone? CurrentOn(DateOnly today)
    {
        var dated = Current?.Milestones.Where(m => m.Termin is not null).ToList() ?? [];
        return dated.Where(m => m.StateOn(today, true) == MilestoneState.Laufend).MaxBy(m => m.Termin!.Start)
            ?? dated.Where(m => m.StateOn(today, true) is MilestoneState.Erreicht or MilestoneState.TerminVerstrichen or MilestoneState.Verfehlt).MaxBy(m => m.Termin!.SortDate);
    }

    /// <summary>The earliest planned milestone of the current plan.</summary>
    public Milestone? NextOn(DateOnly today) =>
        Current?.Milestones.Where(m => m.Termin is not null && m.StateOn(today, true) == MilestoneState.Geplant).MinBy(m => m.Termin!.SortDate);

    public static MilestonePlan Read(YamlMap map, Taxonomy taxonomy)
    {
        map.WarnUnknownKeys(Keys, "in den Meilensteinen");
        var states = ImmutableArray.CreateBuilder<PlanningState>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in map.Maps("planungsstaende", required: true))
        {
            state.WarnUnknownKeys(StateKeys, "in einem Planungsstand");
            var id = state.String("id", required: true);
            var title = state.String("titel", required: true);
            var milestones = state.Maps("meilensteine", required: true).Select(m => ReadMilestone(m, taxonomy, ids)).Where(m => m is not null).Select(m => m!).ToImmutableArray();
            WarnIfNotChronological(state, milestones);
            if (id is null || title is null)
            {
                continue;
            }

            states.Add(new PlanningState(id, title, state.Date("stand"), state.String("quelle") ?? "", state.Bool("aktuell") ?? false, milestones));
        }

        var current = states.Where(s => s.Current).ToList();
        if (current.Count > 1)
        {
            map.Report(DataDiagnostics.SeveralCurrentPlans(map.KeyLocation("planungsstaende"), current.Select(s => s.Id)));
        }

        return new MilestonePlan(states.ToImmutable());
    }

    private static Milestone? ReadMilestone(YamlMap item, Taxonomy taxonomy, HashSet<string> ids)
    {
        item.WarnUnknownKeys(MilestoneKeys, "in einem Meilenstein");
        var id = item.String("id", required: true);
        var title = item.String("titel", required: true);
        Termin? termin = null;
        if (item.String("termin") is { } text && !Termin.TryParse(text, out termin))
        {
            item.Report(DataDiagnostics.UnreadableTermin(item.ValueLocation("termin"), text));
        }

        var bausteine = item.StringList("bausteine");
        var resolved = ImmutableArray.CreateBuilder<string>();
        foreach (var baustein in bausteine)
        {
            if (taxonomy.Bausteine.Resolve(baustein.Value) is { } term)
            {
                resolved.Add(term.Id);
            }
            else
            {
                item.Report(DataDiagnostics.UnknownBaustein(baustein.Location, baustein.Value, taxonomy.Bausteine.Allowed));
            }
        }

        var reached = item.Date("erreicht");
        if (id is null || title is null)
        {
            return null;
        }

        if (!ids.Add(id))
        {
            item.Report(DataDiagnostics.DuplicateMilestoneId(item.ValueLocation("id"), id));
        }

        return new Milestone(id, title, termin, item.String("anzeige"), reached, item.String("beschreibung") ?? "", resolved.ToImmutable(), item.Location)
        {
            Missed = item.Bool("verfehlt") ?? false,
        };
    }

    private static void WarnIfNotChronological(YamlMap state, ImmutableArray<Milestone> milestones)
    {
        var dated = milestones.Where(m => m.Termin is not null).ToList();
        for (var i = 1; i < dated.Count; i++)
        {
            if (dated[i].Termin!.SortDate < dated[i - 1].Termin!.SortDate)
            {
                state.Report(DataDiagnostics.MilestoneOutOfOrder(dated[i].Location, dated[i].Id, dated[i - 1].Id));
            }
        }
    }
}
