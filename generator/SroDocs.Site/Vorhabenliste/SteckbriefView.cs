using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Vorhabenliste;

/// <summary>The Steckbrief page: each field of the city's form, from the data file and the site's model; null where unknown (a placeholder).</summary>
public sealed record SteckbriefView(
    string Bezeichnung,
    string? Beschreibung,
    IReadOnlyList<NamedLink> Bausteine,
    IReadOnlyList<string> Beschluesse,
    IReadOnlyList<LinkView> Fassungen,
    IReadOnlyList<StatusGroup> Bearbeitungsstand,
    IReadOnlyList<MilestoneView> Schritte,
    MilestoneView? Beginn,
    MilestoneView? Ende,
    string? Kostenrahmen,
    IReadOnlyList<string> Regionen,
    IReadOnlyList<string> Themen,
    string? BeteiligungGeplant,
    string? Stufe,
    string? Gestaltungsspielraum,
    string? Zeitrahmen,
    MilestoneView? AbMeilenstein,
    IReadOnlyList<string> Formate,
    ContactView? Kontakt,
    IReadOnlyList<NamedLink> WeitereInformationen,
    string? Stand,
    string Stichtag,
    IReadOnlyList<CriterionView> Kriterien,
    string KriterienErgebnis,
    string? KriterienHinweis,
    string ZeitplanHref,
    string UebersichtHref,
    string DatenHref);

/// <summary>The Bausteine that stand in one phase of one cycle.</summary>
public sealed record StatusGroup(string Status, string? StatusId, int? Zyklus, IReadOnlyList<NamedLink> Bausteine);

/// <summary>The office to contact; never a person.</summary>
public sealed record ContactView(string Amt, string? Email, string? Mailto, string? Web);

/// <summary>One criterion of the Vorhabenliste with its answer ("ja", "nein") or null when not yet assessed.</summary>
public sealed record CriterionView(int Number, string Key, string Text, string? Answer);
