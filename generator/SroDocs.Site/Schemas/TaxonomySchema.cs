using System.Text.Json.Nodes;
using SroDocs.Site.Data;
using static SroDocs.Site.Schemas.SchemaTypes;

namespace SroDocs.Site.Schemas;

/// <summary>The schema of <c>_data/taxonomie.yml</c>, from <see cref="Taxonomy"/>'s keys.</summary>
public static class TaxonomySchema
{
    public static JsonObject Create()
    {
        var facets = new[] { Taxonomy.Empty.Ebenen, Taxonomy.Empty.Status, Taxonomy.Empty.Bausteine, Taxonomy.Empty.Regionen, Taxonomy.Empty.Schwerpunkte };
        return Mapping(
            "Taxonomie des Fachkonzepts (_data/taxonomie.yml): die erlaubten Werte im Front Matter. Die Reihenfolge ist die Anzeigereihenfolge, bei 'status' die Reihenfolge im Zyklus.",
            Taxonomy.Keys,
            [],
            [.. facets.Select(f => (f.Key, Entries($"Die erlaubten Werte für '{Singular(f)}' ({f.Label}).", Term(f))))]);
    }

    private static string Singular(Facet facet) => facet.Key switch
    {
        "ebenen" => "ebene, ebenen",
        "bausteine" => "baustein",
        _ => facet.Key,
    };

    private static JsonObject Term(Facet facet) => Mapping(
        $"Ein Wert der Art {facet.Label}.",
        Taxonomy.TermKeys,
        Taxonomy.TermRequiredKeys,
        ("id", Text("Kennung, wie sie im Front Matter steht; eindeutig.")),
        ("name", Text("Voller Name.")),
        ("kurzname", Text("Kurzer Name für Navigation und Tabellen (Standard: der Name).")),
        ("nummer", Integer("Nummer, z. B. der Ebene.")),
        ("beschreibung", Text("Beschreibung in ein, zwei Sätzen.")));
}
