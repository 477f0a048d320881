using AngleSharp.Html.Dom;
using SroDocs.Site.Markdown;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Templates;

public sealed class PageMetaTests
{
    private static string? Meta(IHtmlDocument html, string selector) => html.QuerySelector(selector)?.GetAttribute("content");

    [Fact]
    public async Task Description_ComesFromFrontMatter_AndGoesIntoOpenGraph()
    {
        // Given
        var site = MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Willkommen.")
            .Page("ueber.md", "Über das Projekt", "Erster Absatz.", "beschreibung: Worum es im Projekt geht.\n");

        // When
        await site.BuildCleanAsync();

        // Then
        var html = site.Html("ueber/index.html");
        Meta(html, "meta[name=description]").ShouldBe("Worum es im Projekt geht.");
        Meta(html, "meta[property='og:description']").ShouldBe("Worum es im Projekt geht.");
        Meta(html, "meta[property='og:title']").ShouldBe("Über das Projekt");
        Meta(html, "meta[property='og:type']").ShouldBe("article");
        Meta(html, "meta[property='og:locale']").ShouldBe("de_DE");
        Meta(html, "meta[property='og:site_name']").ShouldBe("Fachkonzept Sozialraumorientierung");
        Meta(site.Html("index.html"), "meta[property='og:type']").ShouldBe("website");
    }

    [Fact]
    public async Task WithoutADescription_TheFirstParagraphIsUsed_AsPlainText()
    {
        // Given: a placeholder first (not a paragraph of the page itself), then the first real paragraph with markup
        var site = MemorySite.WithTaxonomy()
            .Page("ueber.md", "Über", "## Worum es geht\n\n::: platzhalter\nNoch offen.\n:::\n\nDie *Träger* und [Ämter](https://www.rostock.de/) planen `gemeinsam`.\n\nZweiter Absatz.");

        // When
        await site.BuildCleanAsync();

        // Then
        Meta(site.Html("ueber/index.html"), "meta[name=description]").ShouldBe("Die Träger und Ämter planen gemeinsam.");
    }

    [Fact]
    public async Task ALongFirstParagraph_IsShortenedAtAWordBoundary()
    {
        // Given
        var words = string.Join(' ', Enumerable.Repeat("Sozialraumorientierung bedeutet Zusammenarbeit", 10));
        var site = MemorySite.WithTaxonomy().Page("ueber.md", "Über", words);

        // When
        await site.BuildCleanAsync();

        // Then
        var description = Meta(site.Html("ueber/index.html"), "meta[name=description]")!;
        description.Length.ShouldBeLessThanOrEqualTo(PageExcerpt.MaxLength);
        description.ShouldEndWith("…");
        words.ShouldStartWith(description.TrimEnd('…'));
        words[description.Length - 1].ShouldBe(' ', "cut before a space, not inside a word");
    }

    [Fact]
    public async Task OgUrl_IsAbsolute_OnlyWhenThePublicAddressIsKnown()
    {
        // Given
        var site = MemorySite.WithTaxonomy().Page("ueber.md", "Über", "Text.");

        // When: no basis_url anywhere
        await site.BuildCleanAsync();

        // Then
        site.Html("ueber/index.html").QuerySelector("meta[property='og:url']").ShouldBeNull();

        // When: the address is given
        await site.BuildCleanAsync(settings: inputs => inputs with { BaseUrl = new Uri("https://sro.rostock.de/"), UrlPrefix = "/konzept/" });

        // Then
        Meta(site.Html("ueber/index.html"), "meta[property='og:url']").ShouldBe("https://sro.rostock.de/konzept/ueber/");
    }

    [Fact]
    public async Task GeneratedPages_UseTheirOwnDescription()
    {
        // Given
        var site = MemorySite.WithTaxonomy().Page("_index.md", "Start", "Text.");

        // When
        await site.BuildCleanAsync();

        // Then
        Meta(site.Html("glossar/index.html"), "meta[name=description]").ShouldBe(Site.Pages.DataPages.GlossaryPage.Description);
    }
}
