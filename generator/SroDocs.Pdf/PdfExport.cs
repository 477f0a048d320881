using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site;
using SroDocs.Site.Publishing;

namespace SroDocs.Pdf;

/// <summary>
/// Makes the PDF of every Fassung (or of one): the whole publication is built in memory, each Fassung's pages are
/// assembled into one <see cref="PrintBook"/>, printed by Chromium, and kept in the cache beside the Fassung's
/// rendering — the next <c>build</c> publishes it as <c>fassungen/&lt;slug&gt;/fassung-&lt;slug&gt;.pdf</c> and lists it.
/// </summary>
public static partial class PdfExport
{
    public static async Task<PdfExportResult> RunAsync(SiteDefinition site, SiteInputs current, IContentSource fassungen, FassungCache cache, string chromium, string? onlySlug, CancellationToken cancellationToken = default)
    {
        var memory = new MemoryOutput();
        var publication = await Publication.BuildAsync(site, current with { Output = memory }, fassungen, cache, cancellationToken);
        if (publication.HasErrors)
        {
            return new PdfExportResult(publication.Diagnostics, []);
        }

        var files = memory.Files;
        var made = ImmutableArray.CreateBuilder<MadePdf>();
        await using var printer = await PdfPrinter.StartAsync(chromium);
        foreach (var build in publication.Builds.Where(b => b.Edition.Fassung is not null && (onlySlug is null || b.Edition.Key == onlySlug)))
        {
            var edition = build.Edition;
            var fassung = edition.Fassung!;
            var library = publication.Builds.Select(b => b.Edition.Fassung).OfType<Site.Fassungen.Fassung>().OrderBy(f => f.Manifest.Datum).ToList();
            var predecessor = library.IndexOf(fassung) is > 0 and var i ? library[i - 1] : null;
            var synopse = predecessor is null ? null : $"fassungen/synopse/{predecessor.Slug}--{fassung.Slug}/index.html";
            var book = PrintBook.Assemble(files, fassung.Manifest, synopse, current.BaseUrl);
            var path = $"fassungen/{fassung.Slug}/{PrintBook.FileName}";
            var pdf = await printer.PrintAsync(files.SetItem(path, System.Text.Encoding.UTF8.GetBytes(book)), path);
            var kept = cache.StorePdf(fassung.Slug, build.CacheKey!, pdf);
            made.Add(new MadePdf(fassung.Manifest.Beschluss.Value, kept, pdf.Length, PageCount(pdf)));
        }

        return new PdfExportResult(publication.Diagnostics, made.ToImmutable());
    }

    /// <summary>The pages of a PDF, counted from its page objects (for the report; the PDF itself is Chromium's).</summary>
    public static int PageCount(byte[] pdf) => PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}

public sealed record PdfExportResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<MadePdf> Made);

public sealed record MadePdf(string Beschluss, string Path, int Bytes, int Pages);
