namespace SroDocs.Site.Templates.Views;

/// <summary>The Fassungen page: every frozen Fassung with its decision, dates, status and root hash, and the Synopsen.</summary>
public sealed record FassungenView(
    IReadOnlyList<FassungRow> Fassungen,
    bool HasFassungen,
    LinkView? CurrentSynopse,
    IReadOnlyList<PairGroup> Pairs,
    bool HasPairs);

/// <summary>One Fassung as listed: links to its site, its Synopse to the one before, its PDF where it was made.</summary>
public sealed record FassungRow(
    string Beschluss,
    string Titel,
    string Gremium,
    string Status,
    string StatusId,
    string? BeschlossenAm,
    string? BeschlossenAmIso,
    string? GueltigAb,
    string EingefrorenAm,
    string RootHash,
    string Href,
    LinkView? Synopse,
    string? PdfHref,
    IReadOnlyList<HistoryItem> History);

public sealed record HistoryItem(string Date, string Status, string Text);

/// <summary>The Synopsen of one newer edition against each older one.</summary>
public sealed record PairGroup(string Label, IReadOnlyList<LinkView> Links);
