using System.Text.Json.Nodes;
using SroDocs.Site.Timeline;
using SroDocs.Site.Vorhabenliste;
using static SroDocs.Site.Schemas.SchemaTypes;

namespace SroDocs.Site.Schemas;

/// <summary>The schema of <c>_data/steckbrief.yml</c>, from <see cref="SteckbriefReader"/>'s keys and the current milestone plan.</summary>
public static class SteckbriefSchema
{
    public static JsonObject Create(MilestonePlan milestones)
    {
        var stufen = Enum.GetValues<Beteiligungsstufe>().Select(s => (s.Id(), s.Label())).ToList();
        var current = milestones.Current?.Milestones.Select(m => (m.Id, m.Title)).ToList() ?? [];
        var beteiligung = Mapping(
            "Die geplante Beteiligung der Öffentlichkeit.",
            SteckbriefReader.BeteiligungKeys,
            [],
            ("geplant", Boolean("Ob eine Beteiligung geplant ist.")),
            ("stufe", Choice("Stufe der Beteiligung.", stufen)),
            ("gestaltungsspielraum", Text("Welcher Spielraum für die Beteiligung besteht.")),
            ("zeitrahmen", Text("Wann beteiligt wird.")),
            ("ab_meilenstein", Choice("Meilenstein des aktuellen Plans, ab dem beteiligt wird.", current)),
            ("formate", List("Formate der Beteiligung.", Text(""))));
        var link = Mapping(
            "Ein Verweis auf weitere Informationen.",
            SteckbriefReader.LinkKeys,
            SteckbriefReader.LinkRequiredKeys,
            ("titel", Text("Titel des Verweises.")),
            ("url", Url("Adresse des Verweises.")));
        var kriterien = Mapping(
            "Die Kriterien der Vorhabenliste; je Kriterium ja oder nein.",
            SteckbriefReader.CriterionKeys,
            [],
            [.. Criteria.All.Select(c => (c.Key, Boolean(c.Text)))]);
        return Mapping(
            "Steckbrief des Vorhabens für die Vorhabenliste der Stadt (_data/steckbrief.yml).",
            SteckbriefReader.Keys,
            SteckbriefReader.RequiredKeys,
            ("bezeichnung", Text("Bezeichnung des Vorhabens.")),
            ("stand", Date("Stand des Steckbriefs.")),
            ("beschreibung", Text("Beschreibung des Vorhabens.")),
            ("beschluesse", List("Beschlüsse zum Vorhaben.", Text("Beschlussnummer, z. B. 2021/BV/2536."))),
            ("kostenrahmen", Text("Kostenrahmen des Vorhabens.")),
            ("beteiligung", beteiligung),
            ("weitere_informationen", Entries("Verweise auf weitere Informationen.", link)),
            ("kriterien", kriterien),
            ("kriterien_hinweis", Text("Hinweis zu den Kriterien.")));
    }
}
