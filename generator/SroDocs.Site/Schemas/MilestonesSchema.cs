using System.Text.Json.Nodes;
using SroDocs.Site.Data;
using SroDocs.Site.Timeline;
using static SroDocs.Site.Schemas.SchemaTypes;

namespace SroDocs.Site.Schemas;

/// <summary>The schema of <c>_data/meilensteine.yml</c>, from <see cref="MilestonePlan"/>'s keys and the taxonomy's Bausteine.</summary>
public static class MilestonesSchema
{
    public static JsonObject Create(Taxonomy taxonomy)
    {
        var milestone = Mapping(
            "Ein Meilenstein.",
            MilestonePlan.MilestoneKeys,
            MilestonePlan.MilestoneRequiredKeys,
            ("id", Text("Kennung des Meilensteins; eindeutig über alle Planungsstände.")),
            ("titel", Text("Titel des Meilensteins.")),
            ("termin", Text("Geplanter Termin: ein Tag (JJJJ-MM-TT), ein Monat (JJJJ-MM), ein Quartal (JJJJ-Q1), ein Jahr, ein Zeitraum oder 'ab …'/'bis …'. Termine eines Planungsstands stehen in zeitlicher Reihenfolge.")),
            ("anzeige", Text("Wie der Termin angezeigt wird, falls anders als aus 'termin' abgeleitet.")),
            ("erreicht", Date("Tag, an dem der Meilenstein nachweislich erreicht wurde.")),
            ("verfehlt", Boolean("Ob der Meilenstein verfehlt wurde.")),
            ("beschreibung", Text("Beschreibung des Meilensteins.")),
            ("bausteine", List("Bausteine, die der Meilenstein betrifft.", OneOf("", taxonomy.Bausteine))));
        var state = Mapping(
            "Ein Planungsstand mit seinen Meilensteinen.",
            MilestonePlan.StateKeys,
            MilestonePlan.StateRequiredKeys,
            ("id", Text("Kennung des Planungsstands.")),
            ("titel", Text("Titel des Planungsstands.")),
            ("stand", Date("Stand des Planungsstands.")),
            ("quelle", Text("Woher der Planungsstand stammt.")),
            ("aktuell", Boolean("Ob dies der aktuelle Plan ist; höchstens ein Planungsstand ist aktuell.")),
            ("meilensteine", Entries("Die Meilensteine in zeitlicher Reihenfolge.", milestone)));
        return Mapping(
            "Meilensteine des Fachkonzepts (_data/meilensteine.yml): der aktuelle Plan und frühere Planungsstände.",
            MilestonePlan.Keys,
            MilestonePlan.RequiredKeys,
            ("planungsstaende", Entries("Die Planungsstände.", state)));
    }
}
