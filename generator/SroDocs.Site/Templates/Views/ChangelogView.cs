namespace SroDocs.Site.Templates.Views;

/// <summary>The changelog: by Zyklus (newest first), then by phase.</summary>
public sealed record ChangelogView(IReadOnlyList<CycleView> Cycles, bool Empty, string FeedHref) : IPageAnchors
{
    public IEnumerable<string> Anchors =>
        Cycles.Select(c => c.Anchor).Concat(Cycles.SelectMany(c => c.Phases).SelectMany(p => p.Entries).Select(e => e.Anchor).OfType<string>());
}

public sealed record CycleView(int Zyklus, string Anchor, IReadOnlyList<PhaseView> Phases);

public sealed record PhaseView(string Name, IReadOnlyList<ChangeView> Entries);

/// <summary>One change as a list item; <paramref name="Anchor"/> only on the changelog page.</summary>
public sealed record ChangeView(string? Anchor, string Date, string DateIso, int Zyklus, string Phase, string Text, string? Beschluss, string PageTitle, string Href);
