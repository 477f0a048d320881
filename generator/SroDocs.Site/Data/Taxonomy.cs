using System.Collections.Immutable;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Data;

/// <summary>The facets of the Fachkonzept, from <c>_data/taxonomie.yml</c>. The order of <see cref="Status"/> is the cycle.</summary>
public sealed record Taxonomy(Facet Ebenen, Facet Status, Facet Bausteine, Facet Regionen, Facet Schwerpunkte)
{
    public static readonly Taxonomy Empty = new(
        new Facet("ebenen", "Ebene", []),
        new Facet("status", "Status", []),
        new Facet("bausteine", "Baustein", []),
        new Facet("regionen", "Region", []),
        new Facet("schwerpunkte", "Schwerpunkt", []));

    public static readonly ImmutableHashSet<string> Keys = ["ebenen", "status", "bausteine", "regionen", "schwerpunkte"];
    public static readonly ImmutableHashSet<string> TermKeys = ["id", "name", "kurzname", "nummer", "beschreibung"];

    /// <summary>Keys every term must have.</summary>
    public static readonly ImmutableArray<string> TermRequiredKeys = ["id", "name"];

    public static Taxonomy Read(YamlMap map)
    {
        map.WarnUnknownKeys(Keys, "in der Taxonomie");
        return new Taxonomy(
            ReadFacet(map, Empty.Ebenen),
            ReadFacet(map, Empty.Status),
            ReadFacet(map, Empty.Bausteine),
            ReadFacet(map, Empty.Regionen),
            ReadFacet(map, Empty.Schwerpunkte));
    }

    private static Facet ReadFacet(YamlMap map, Facet empty)
    {
        var terms = ImmutableArray.CreateBuilder<TaxonomyTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in map.Maps(empty.Key))
        {
            item.WarnUnknownKeys(TermKeys, $"in '{empty.Key}'");
            var id = item.String("id", required: true);
            var name = item.String("name", required: true);
            if (id is null || name is null)
            {
                continue;
            }

            if (!seen.Add(id))
            {
                item.Report(DataDiagnostics.DuplicateTaxonomyId(item.ValueLocation("id"), id, empty.Key));
                continue;
            }

            terms.Add(new TaxonomyTerm(id, name, item.String("kurzname") ?? name, item.Int("nummer"), item.String("beschreibung") ?? "", terms.Count));
        }

        return empty with { Terms = terms.ToImmutable() };
    }
}
