using System.Collections.Immutable;
using SroDocs.Site.Changelog;
using SroDocs.Site.Data;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.FrontMatter;

/// <summary>
/// Reads and validates a page's front matter against the taxonomy. Every problem is reported at its key
/// or value; the reader always returns what it could read so that later checks still run.
/// </summary>
public static class FrontMatterReader
{
    public static readonly ImmutableHashSet<string> AllowedKeys =
    [
        "id", "title", "typ", "baustein", "ebene", "ebenen", "status", "zyklus", "version", "stand",
        "beschreibung", "gewicht", "regionen", "schwerpunkte", "aenderungen", "glossar", "layout", "hauptnavigation", "aliases",
    ];

    public static readonly ImmutableHashSet<string> ChangeKeys = ["datum", "zyklus", "phase", "text", "beschluss"];

    /// <summary>Keys every page must have (the reader's <c>required: true</c>; a test holds the two together).</summary>
    public static readonly ImmutableArray<string> RequiredKeys = ["title", "version", "stand"];

    /// <summary>Keys a Baustein page must also have.</summary>
    public static readonly ImmutableArray<string> BausteinRequiredKeys = ["zyklus", "baustein", "ebenen", "status"];

    /// <summary>Keys an Ebene page must also have.</summary>
    public static readonly ImmutableArray<string> EbeneRequiredKeys = ["ebene"];

    /// <summary>Keys every entry of <c>aenderungen</c> must have.</summary>
    public static readonly ImmutableArray<string> ChangeRequiredKeys = ["datum", "zyklus", "phase", "text"];

    /// <param name="pathType">The type implied by the file name (<c>_index.md</c>), if any.</param>
    public static PageFrontMatter Read(YamlMap map, Taxonomy taxonomy, PageType? pathType, DateOnly referenceDate)
    {
        map.WarnUnknownKeys(AllowedKeys, "im Front Matter");
        var type = ReadType(map, pathType);
        var isBaustein = type == PageType.Baustein;
        var zyklus = map.Int("zyklus", required: isBaustein);
        if (zyklus is < 1)
        {
            map.Report(FrontMatterDiagnostics.CycleBelowOne(map.ValueLocation("zyklus"), zyklus.Value));
        }

        var id = Name(map, "id", SafeId);
        return new PageFrontMatter
        {
            Title = map.String("title", required: true) ?? "(ohne Titel)",
            Type = type,
            Id = id,
            IdLocation = id is null ? null : map.ValueLocation("id"),
            Baustein = ResolveOne(map, "baustein", taxonomy.Bausteine, required: isBaustein),
            Ebene = ResolveOne(map, "ebene", taxonomy.Ebenen, required: type == PageType.Ebene),
            Ebenen = ResolveMany(map, "ebenen", taxonomy.Ebenen, required: isBaustein),
            Status = ResolveOne(map, "status", taxonomy.Status, required: isBaustein),
            Zyklus = zyklus,
            Version = map.String("version", required: true),
            Stand = map.Date("stand", required: true),
            Description = map.String("beschreibung"),
            Weight = map.Int("gewicht") ?? 0,
            Regionen = ResolveMany(map, "regionen", taxonomy.Regionen, required: false),
            Schwerpunkte = ResolveMany(map, "schwerpunkte", taxonomy.Schwerpunkte, required: false),
            Changes = ReadChanges(map, taxonomy, zyklus, referenceDate),
            RecogniseGlossaryTerms = map.Bool("glossar") ?? true,
            Layout = Name(map, "layout", SafeLayout),
            InMainNavigation = map.Bool("hauptnavigation") ?? false,
            Aliases = map.StringList("aliases"),
        };
    }

    /// <summary>Ids: letters, digits, '-', '_', '.', in parts separated by '/', none of them '.' or '..'.</summary>
    private static readonly System.Text.RegularExpressions.Regex SafeId = new(@"^(?!.*(^|/)\.{1,2}(/|$))[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*$");

    /// <summary>Layouts: a name, or a section and a name (<c>bausteine/baustein</c>).</summary>
    private static readonly System.Text.RegularExpressions.Regex SafeLayout = new(@"^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)?$");

    /// <summary>A value used as a name or path (id, layout): one that could point elsewhere (../, /, \) is an error at the value.</summary>
    private static string? Name(YamlMap map, string key, System.Text.RegularExpressions.Regex pattern)
    {
        var value = map.String(key);
        if (value is null || pattern.IsMatch(value))
        {
            return value;
        }

        map.Report(FrontMatterDiagnostics.UnsafeName(map.ValueLocation(key), key, value));
        return null;
    }

    private static PageType ReadType(YamlMap map, PageType? pathType)
    {
        if (map.String("typ") is { } text)
        {
            if (Enum.TryParse<PageType>(text, ignoreCase: true, out var explicitType) && Enum.IsDefined(explicitType))
            {
                return explicitType;
            }

            map.Report(FrontMatterDiagnostics.UnknownPageType(map.ValueLocation("typ"), text));
        }

        return pathType ?? (map.Has("baustein") ? PageType.Baustein : map.Has("ebene") ? PageType.Ebene : PageType.Seite);
    }

    private static string? ResolveOne(YamlMap map, string key, Facet facet, bool required)
    {
        var value = map.String(key, required);
        return value is null ? null : Resolve(map, key, facet, new Located<string>(value, map.ValueLocation(key)));
    }

    private static ImmutableArray<string> ResolveMany(YamlMap map, string key, Facet facet, bool required) =>
        map.StringList(key, required)
            .Select(item => Resolve(map, key, facet, item))
            .Where(id => id is not null)
            .Select(id => id!)
            .Distinct()
            .ToImmutableArray();

    private static string? Resolve(YamlMap map, string key, Facet facet, Located<string> value)
    {
        if (facet.Resolve(value.Value) is { } term)
        {
            return term.Id;
        }

        map.Report(FrontMatterDiagnostics.UnknownFacetValue(value.Location, key, value.Value, facet));
        return null;
    }

    private static ImmutableArray<ChangeEntry> ReadChanges(YamlMap map, Taxonomy taxonomy, int? pageZyklus, DateOnly referenceDate)
    {
        var changes = ImmutableArray.CreateBuilder<ChangeEntry>();
        foreach (var item in map.Maps("aenderungen"))
        {
            item.WarnUnknownKeys(ChangeKeys, "in einer Änderung");
            var date = item.Date("datum", required: true);
            var zyklus = item.Int("zyklus", required: true);
            var phase = ResolveOne(item, "phase", taxonomy.Status, required: true);
            var text = item.String("text", required: true);
            if (zyklus is { } z && pageZyklus is { } current && z > current)
            {
                item.Report(FrontMatterDiagnostics.ChangeCycleTooHigh(item.ValueLocation("zyklus"), z, current));
            }

            if (date is { } d && d > referenceDate)
            {
                item.Report(FrontMatterDiagnostics.ChangeInFuture(item.ValueLocation("datum"), d, referenceDate));
            }

            if (date is not null && zyklus is not null && phase is not null && text is not null)
            {
                changes.Add(new ChangeEntry(date.Value, zyklus.Value, phase, text, item.String("beschluss"), item.Location));
            }
        }

        return changes.ToImmutable();
    }
}
