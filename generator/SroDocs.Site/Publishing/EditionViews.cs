using SroDocs.Site.Content;
using SroDocs.Site.Fassungen;
using SroDocs.Site.Navigation;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Publishing;

/// <summary>Builds a page's <see cref="EditionView"/>: links go from the page's place in the whole site to the same page id in every edition.</summary>
public static class EditionViews
{
    public const string OverviewPath = "/fassungen/";

    public static EditionView? For(EditionContext? context, PageEntry page)
    {
        if (context is null)
        {
            return null;
        }

        var (editions, self) = (context.Editions, context.This);
        var from = self.SitePath(page.Url);
        var switcher = editions.NewestFirst.Select(edition =>
        {
            var (target, found) = edition == self ? (from, true) : edition.PageOrStart(page.Id);
            return new SwitcherItem(edition.Label, SiteUrls.Relative(from, target), edition == self, found);
        }).ToList();
        var overview = SiteUrls.Relative(from, OverviewPath);
        return new EditionView(self.Fassung is { } fassung ? Banner(fassung, self, editions.Current, page, from) : null,
            switcher, switcher.Count > 1, self.Label, overview, self.Fassung?.Manifest.Wurzel);
    }

    private static BannerView Banner(Fassung fassung, Edition self, Edition current, PageEntry page, string from)
    {
        var manifest = fassung.Manifest;
        var (target, found) = current.PageOrStart(page.Id);
        var heading = manifest.Status == FassungStatus.Beschlossen
            ? $"Beschlossene Fassung vom {GermanFormat.Date(manifest.BeschlossenAm!.Value)} – nicht die aktuelle Fassung"
            : $"Vorlage, eingefroren am {GermanFormat.Date(manifest.EingefrorenAm)}, noch nicht beschlossen – nicht die aktuelle Fassung";
        return new BannerView(heading, manifest.Beschluss.Value, manifest.Gremium, manifest.Status.Label(),
            manifest.GueltigAb is { } valid ? GermanFormat.Date(valid) : null, SiteUrls.Relative(from, target), found,
            self.PdfPath is { } pdf ? SiteUrls.Relative(from, pdf) : null);
    }
}
