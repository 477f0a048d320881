using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Fassungen;
using SroDocs.Site.Glossary;

namespace SroDocs.Site.Vorhabenliste;

/// <summary>
/// What <c>_data/steckbrief.yml</c> says about the project for the city's Vorhabenliste: only the facts the site cannot
/// know from elsewhere. Status, steps, time frame, areas and contact come from the Bausteine, milestones, taxonomy and
/// site settings (see <see cref="SteckbriefModel"/>). Every field but the name may be missing; the page then shows a placeholder.
/// </summary>
/// <param name="Stand">When the city's data in the file were last updated.</param>
/// <param name="Kriterien">The answer per <see cref="Criterion.Key"/>; a criterion without an answer is not yet assessed.</param>
public sealed record Steckbrief(
    string Bezeichnung,
    DateOnly? Stand,
    string? Beschreibung,
    ImmutableArray<BeschlussNummer> Beschluesse,
    string? Kostenrahmen,
    Beteiligung Beteiligung,
    ImmutableArray<SourceReference> WeitereInformationen,
    ImmutableDictionary<string, bool> Kriterien,
    string? KriterienHinweis,
    SourceLocation Location);

/// <summary>The participation the project plans.</summary>
/// <param name="AbMeilenstein">The milestone (of the current plan) from which direct participation is planned.</param>
public sealed record Beteiligung(
    bool? Geplant,
    Beteiligungsstufe? Stufe,
    string? Gestaltungsspielraum,
    string? Zeitrahmen,
    string? AbMeilenstein,
    ImmutableArray<string> Formate);

/// <summary>The Steckbrief of a build, or none when the content has no <c>steckbrief.yml</c> (then there is no page).</summary>
public sealed record SteckbriefData(Steckbrief? Value)
{
    public static readonly SteckbriefData None = new((Steckbrief?)null);
}
