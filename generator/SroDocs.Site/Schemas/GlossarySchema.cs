using System.Text.Json.Nodes;
using SroDocs.Site.Glossary;
using static SroDocs.Site.Schemas.SchemaTypes;

namespace SroDocs.Site.Schemas;

/// <summary>The schema of <c>_data/glossar.yml</c>, from <see cref="GlossaryData"/>'s keys.</summary>
public static class GlossarySchema
{
    public static JsonObject Create()
    {
        var source = Mapping(
            "Eine Quelle zum Begriff.",
            GlossaryData.SourceKeys,
            GlossaryData.SourceRequiredKeys,
            ("titel", Text("Titel der Quelle.")),
            ("url", Url("Adresse der Quelle.")));
        var term = Mapping(
            "Ein Begriff des Glossars.",
            GlossaryData.TermKeys,
            GlossaryData.TermRequiredKeys,
            ("id", Text("Kennung des Begriffs; eindeutig.")),
            ("abkuerzung", Text("Abkürzung, z. B. HzE.")),
            ("begriff", Text("Der Begriff, wie er im Glossar steht.")),
            ("varianten", List("Weitere Schreibweisen und Formen, die im Text erkannt werden.", Text(""))),
            ("kurz", Text("Kurze Erklärung in einem Satz (erscheint am Begriff im Text).")),
            ("definition", Text("Ausführliche Erklärung.")),
            ("rechtsgrundlage", Text("Rechtsgrundlage, z. B. § 27 SGB VIII.")),
            ("siehe_auch", List("Kennungen verwandter Begriffe dieses Glossars.", Text(""))),
            ("quellen", Entries("Quellen zum Begriff.", source)));
        return Mapping(
            "Glossar des Fachkonzepts (_data/glossar.yml).",
            GlossaryData.Keys,
            GlossaryData.RequiredKeys,
            ("begriffe", Entries("Die Begriffe des Glossars.", term)));
    }
}
