using System.Collections.Immutable;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Glossary;

/// <summary>The glossary from <c>_data/glossar.yml</c>.</summary>
public sealed record GlossaryData(ImmutableArray<GlossaryTerm> Terms)
{
    public static readonly GlossaryData Empty = new(ImmutableArray<GlossaryTerm>.Empty);

    public static readonly ImmutableHashSet<string> Keys = ["begriffe"];
    public static readonly ImmutableHashSet<string> TermKeys =
        ["id", "abkuerzung", "begriff", "varianten", "kurz", "definition", "rechtsgrundlage", "siehe_auch", "quellen"];
    public static readonly ImmutableHashSet<string> SourceKeys = ["titel", "url"];

    /// <summary>Keys the glossary, each of its terms and each source must have.</summary>
    public static readonly ImmutableArray<string> RequiredKeys = ["begriffe"];
    public static readonly ImmutableArray<string> TermRequiredKeys = ["id", "begriff", "definition", "kurz"];
    public static readonly ImmutableArray<string> SourceRequiredKeys = ["titel"];

    public GlossaryTerm? Find(string id) => Terms.FirstOrDefault(t => t.Id == id);

    public static GlossaryData Read(YamlMap map)
    {
        map.WarnUnknownKeys(Keys, "im Glossar");
        var terms = ImmutableArray.CreateBuilder<GlossaryTerm>();
        var seeAlso = new List<(YamlMap Item, ImmutableArray<Located<string>> Ids)>();
        var items = map.Maps("begriffe", required: true);
        var declared = items.Select(i => i.String("id")).Where(id => id is not null).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            item.WarnUnknownKeys(TermKeys, "in einem Glossarbegriff");
            var id = item.String("id", required: true);
            var term = item.String("begriff", required: true);
            var definition = item.String("definition", required: true);
            var shortText = item.String("kurz", required: true);
            if (id is null || term is null || definition is null || shortText is null)
            {
                continue;
            }

            if (!ids.Add(id))
            {
                item.Report(DataDiagnostics.DuplicateGlossaryTerm(item.ValueLocation("id"), id));
                continue;
            }

            var related = item.StringList("siehe_auch");
            seeAlso.Add((item, related));
            terms.Add(new GlossaryTerm(
                id,
                item.String("abkuerzung"),
                term,
                item.StringList("varianten").Select(v => v.Value).ToImmutableArray(),
                shortText,
                definition,
                item.String("rechtsgrundlage"),
                related.Select(r => r.Value).ToImmutableArray(),
                item.Maps("quellen").Select(s =>
                {
                    s.WarnUnknownKeys(SourceKeys, "in einer Quellenangabe");
                    return new SourceReference(s.String("titel", required: true) ?? "", s.Url("url"));
                }).ToImmutableArray(),
                item.Location));
        }

        foreach (var (item, related) in seeAlso)
        {
            foreach (var reference in related.Where(r => !declared.Contains(r.Value)))
            {
                item.Report(DataDiagnostics.UnknownSeeAlsoTerm(reference.Location, reference.Value));
            }
        }

        return new GlossaryData(terms.ToImmutable());
    }
}
