using System.Collections.Immutable;
using SroDocs.Core.IO;
using SroDocs.Site.Fassungen;

namespace SroDocs.Site.Publishing;

/// <summary>
/// One text of the Fachkonzept the site publishes: the current working state, or a frozen Fassung. Knows where it is
/// published and which page ids it has, so every other edition can link to the same page in it.
/// </summary>
/// <param name="Fassung">The frozen Fassung; null for the current state.</param>
/// <param name="PageUrls">Each page id's address within the edition (<c>/bausteine/x/</c>).</param>
public sealed record Edition(string Key, string Label, string UrlPrefix, IContentSource Content, Fassung? Fassung, ImmutableDictionary<string, string> PageUrls)
{
    public const string CurrentKey = "aktuell";

    /// <summary>What the current state is called wherever editions are named (switcher, search, feedback, export).</summary>
    public const string CurrentLabel = "Aktueller Arbeitsstand";

    private readonly Lazy<Synopse.EditionText> _text = new(() => Synopse.EditionTextReader.Read(Content));

    public bool IsCurrent => Fassung is null;

    /// <summary>The site path of the Fassung's PDF where one was made for this rendering; null otherwise.</summary>
    public string? PdfPath { get; init; }

    /// <summary>The edition's pages as plain text, read once, for the Synopsen.</summary>
    public Synopse.EditionText Text => _text.Value;

    /// <summary>How the edition is named and where its pages are, as text for a fingerprint: what another edition's pages link by.</summary>
    public IEnumerable<string> AddressParts =>
        [Key, Label, UrlPrefix, .. PageUrls.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)];

    /// <summary>A hash of the edition's text: a Fassung's root hash (its files are verified against it), else of every file of the content.</summary>
    public string ContentFingerprint => Fassung?.Manifest.Wurzel ?? _contentFingerprint.Value;

    private readonly Lazy<string> _contentFingerprint = new(() =>
        Core.Documents.ContentHash.Of(Content.List().Files.SelectMany(path => new[] { path, Core.Documents.ContentHash.Of(Content.ReadAllBytes(path)) })));

    /// <summary>The address of a page of this edition as a path of the whole site: <c>/fassungen/2099-bv-0001/bausteine/x/</c>.</summary>
    public string SitePath(string url) => UrlPrefix.TrimEnd('/') + url;

    /// <summary>The same page (by id) in this edition, or its start page where it has none.</summary>
    public (string SitePath, bool Found) PageOrStart(string id) =>
        PageUrls.TryGetValue(id, out var url) ? (SitePath(url), true) : (SitePath("/"), false);
}
