using SroDocs.Core.Documents;
using SroDocs.Site.Content;
using SroDocs.Site.Fassungen;
using SroDocs.Site.Pages;
using SroDocs.Site.Synopse;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Publishing;

/// <summary>
/// The pages the current state publishes about the Fassungen: the overview at <c>/fassungen/</c>, and a Synopse for
/// each Fassung against the one before, for the working state against the newest Fassung, and — up to
/// <see cref="AllPairsUpTo"/> Fassungen — for every other pair, so any two can be compared without JavaScript.
/// </summary>
public sealed class FassungenPages : IPageGenerator
{
    /// <summary>Up to this many Fassungen every pair has its Synopse; beyond, only neighbours and the working state.</summary>
    public const int AllPairsUpTo = 12;

    public static readonly PageKind Overview = new OverviewKind();
    public static readonly PageKind Synopse = new SynopseKind();

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Inputs];

    public IReadOnlyList<PageKind> Kinds => [Overview, Synopse];

    public IEnumerable<GeneratedPage> Generate(GeneratorContext context)
    {
        if (context.Read(SiteValues.Inputs).Edition is not { This.IsCurrent: true } edition)
        {
            yield break;
        }

        yield return new GeneratedPage("fassungen", EditionViews.OverviewPath, "Fassungen",
            "Die vom Jugendhilfeausschuss beschlossenen Fassungen des Fachkonzepts, unveränderlich und überprüfbar, mit Synopsen und PDF.", 70, Overview, true);
        foreach (var (older, newer) in Pairs(edition.Editions))
        {
            yield return new GeneratedPage(SynopseId(older, newer), SynopseUrl(older, newer), $"Synopse: {older.Label} → {newer.Label}",
                $"Was sich von „{older.Label}“ zu „{newer.Label}“ geändert hat, Wort für Wort.", 0, Synopse, false)
            {
                MadeFrom = Core.Documents.ContentHash.Of([older.ContentFingerprint, newer.ContentFingerprint]),
            };
        }
    }

    /// <summary>Every pair that gets a Synopse: neighbours, the working state against the newest Fassung, and (up to the bound) all others.</summary>
    public static IEnumerable<(Edition Older, Edition Newer)> Pairs(Editions editions)
    {
        var fassungen = editions.Fassungen;
        for (var newer = 0; newer < fassungen.Length; newer++)
        {
            for (var older = newer - 1; older >= 0; older--)
            {
                if (older == newer - 1 || fassungen.Length <= AllPairsUpTo)
                {
                    yield return (fassungen[older], fassungen[newer]);
                }
            }
        }

        if (!fassungen.IsEmpty)
        {
            yield return (fassungen[^1], editions.Current);
        }
    }

    public static string SynopseUrl(Edition older, Edition newer) => $"{EditionViews.OverviewPath}synopse/{older.Key}--{newer.Key}/";

    private static string SynopseId(Edition older, Edition newer) => $"synopse-{older.Key}--{newer.Key}";

    private sealed class OverviewKind() : PageKind("fassungen")
    {
        public override object BuildData(PageRenderContext context)
        {
            var editions = context.Inputs.Edition!.Editions;
            var rows = editions.Fassungen.Reverse().Select(edition =>
            {
                var manifest = edition.Fassung!.Manifest;
                var predecessor = editions.Library.Predecessor(edition.Fassung) is { } p ? editions.ByKey(p.Slug) : null;
                return new FassungRow(
                    manifest.Beschluss.Value, manifest.Titel, manifest.Gremium, manifest.Status.Label(), manifest.Status.Id(),
                    manifest.BeschlossenAm is { } d ? GermanFormat.Date(d) : null,
                    manifest.BeschlossenAm is { } iso ? GermanFormat.Iso(iso) : null,
                    manifest.GueltigAb is { } g ? GermanFormat.Date(g) : null,
                    GermanFormat.Date(manifest.EingefrorenAm), manifest.Wurzel,
                    context.Links.To(edition.SitePath("/")),
                    predecessor is null ? null : new LinkView($"Synopse zu {predecessor.Label}", context.Links.To(SynopseUrl(predecessor, edition))),
                    edition.PdfPath is { } pdf ? context.Links.To(pdf) : null,
                    [.. manifest.Verlauf.Select(h => new HistoryItem(GermanFormat.Date(h.Date), h.Status.Label(), h.Text))]);
            }).ToList();
            var newest = editions.Fassungen.IsEmpty ? null : editions.Fassungen[^1];
            var pairs = Pairs(editions).GroupBy(p => p.Newer)
                .Select(g => new PairGroup(g.Key.Label, [.. g.Select(p => new LinkView($"gegenüber {p.Older.Label}", context.Links.To(SynopseUrl(p.Older, p.Newer))))]))
                .Reverse().ToList();
            return new FassungenView(rows, rows.Count > 0,
                newest is null ? null : new LinkView($"Aktueller Arbeitsstand gegenüber {newest.Label}", context.Links.To(SynopseUrl(newest, editions.Current))),
                pairs, pairs.Count > 0);
        }
    }

    private sealed class SynopseKind() : PageKind("synopse")
    {
        public override bool Searchable => false;

        public override bool MarksGlossaryTerms => false;

        public override object BuildData(PageRenderContext context)
        {
            var editions = context.Inputs.Edition!.Editions;
            var (older, newer) = Pairs(editions).First(pair => SynopseId(pair.Older, pair.Newer) == context.Page.Id);
            return SynopseBuilder.Build(
                older.Text, newer.Text,
                older.Label, newer.Label, context.Links.To(older.SitePath("/")), context.Links.To(newer.SitePath("/")),
                older.Fassung?.Manifest.Datum, newer.Fassung?.Manifest.Datum);
        }
    }
}
