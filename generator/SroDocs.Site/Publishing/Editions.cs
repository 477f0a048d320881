using System.Collections.Immutable;
using SroDocs.Core.IO;
using SroDocs.Site.Fassungen;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Publishing;

/// <summary>Every edition the site publishes: the current state at the root and each Fassung under <c>/fassungen/&lt;slug&gt;/</c>, oldest first.</summary>
public sealed record Editions(Edition Current, ImmutableArray<Edition> Fassungen, FassungLibrary Library)
{
    /// <summary>The current state first, then the Fassungen from the newest.</summary>
    public IEnumerable<Edition> NewestFirst => Fassungen.Reverse().Prepend(Current);

    public static Editions Of(IContentSource current, FassungLibrary library) => new(
        // The current state's addresses are for the Fassungen, which link to the same page today; it knows its own.
        new Edition(Edition.CurrentKey, Edition.CurrentLabel, "/", current, null, library.Fassungen.IsEmpty ? ImmutableDictionary<string, string>.Empty : PageAddressScan.Of(current)),
        [.. library.Fassungen.Select(f => new Edition(f.Slug, LabelOf(f.Manifest), f.Manifest.UrlPrefix, f.Content, f, PageAddressScan.Of(f.Content)))],
        library);

    public Edition? ByKey(string key) => key == Edition.CurrentKey ? Current : Fassungen.FirstOrDefault(e => e.Key == key);

    private static string LabelOf(FassungManifest manifest) => manifest.Status == FassungStatus.Beschlossen
        ? $"Fassung vom {GermanFormat.Date(manifest.BeschlossenAm!.Value)} ({manifest.Beschluss})"
        : $"Vorlage {manifest.Beschluss} (eingefroren am {GermanFormat.Date(manifest.EingefrorenAm)})";
}

/// <summary>What one build of the publication is: which edition it renders, among all of them.</summary>
public sealed record EditionContext(Editions Editions, Edition This)
{
    /// <summary>For the current state: every public page of every Fassung, built before it, for the one sitemap of the publication.</summary>
    public System.Collections.Immutable.ImmutableArray<Output.SitemapEntry> FassungPages { get; init; } = [];
}
