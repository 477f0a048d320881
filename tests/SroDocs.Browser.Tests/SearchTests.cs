using Microsoft.Playwright;
using SroDocs.Browser.Tests.Infrastructure;

namespace SroDocs.Browser.Tests;

/// <summary>
/// The full-text search of the built site in Chromium: German word forms, the glossary's abbreviations, filters, the
/// Fassungen, the live region, the keyboard, and no request to any other host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSites sites)
{
    [Theory]
    [InlineData("Sozialräume", SearchPages.Singular)]
    [InlineData("Qualitaet", SearchPages.Umlaut)]
    [InlineData("Sozialraum", SearchPages.Compound)]
    [InlineData("HzE", SearchPages.LongForm)]
    public async Task AGermanQuery_FindsThePageWithAnotherFormOfTheWord(string query, string expected)
    {
        // Given: the page does not contain what is typed
        var (page, foreign) = await sites.NewPageAsync(1280, 900);
        await page.GotoAsync(sites.Fassungen + expected);
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain(query, Case.Insensitive);

        // When: typed into the search with the keyboard
        var results = await SearchAsync(page, query);

        // Then
        results.ShouldContain(sites.Fassungen + expected);
        foreign.ShouldBeEmpty();
    }

    [Fact]
    public async Task Results_ShowTitleFactsAndAHighlightedExcerpt_AndAreAnnounced()
    {
        var (page, _) = await sites.NewPageAsync(1280, 900);
        await SearchAsync(page, "HzE");
        var first = page.Locator(".suche-treffer").Filter(new() { HasText = "Alpha-Konzept" }).First;
        await Assertions.Expect(first.Locator("h2 a")).ToHaveTextAsync("Alpha-Konzept");
        await Assertions.Expect(first.Locator(".suche-meta")).ToContainTextAsync("Baustein: Alpha-Konzept");
        await Assertions.Expect(first.Locator(".suche-meta")).ToContainTextAsync("Status: Erprobung");
        (await first.Locator(".suche-auszug mark").CountAsync()).ShouldBeGreaterThan(0);
        await Assertions.Expect(page.Locator("#suche-status")).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(page.Locator("#suche-status")).ToContainTextAsync("Treffer für „HzE“");
    }

    [Fact]
    public async Task AFilter_NarrowsTheResults()
    {
        // Given: both Bausteine mention HzE
        var (page, _) = await sites.NewPageAsync(1280, 900);
        var all = await SearchAsync(page, "HzE");
        all.ShouldContain(sites.Fassungen + "bausteine/beta/");

        // When
        await page.Locator("#filter-baustein").SelectOptionAsync(new SelectOptionValue { Label = "Alpha-Konzept" });
        await Assertions.Expect(page.Locator(".suche-treffer")).ToHaveCountAsync(1);

        // Then
        (await Links(page)).ShouldBe([sites.Fassungen + "bausteine/alpha/"]);
    }

    [Fact]
    public async Task TheCurrentTextIsSearchedByDefault_AndAFassungFromItsOwnPages()
    {
        // Given: the current text (the first Fassung said "Das SBZ hilft.", the current one "Das SBZ hilft gern.")
        var (page, _) = await sites.NewPageAsync(1280, 900);
        (await SearchAsync(page, "SBZ")).ShouldAllBe(url => !url.Contains("/fassungen/", StringComparison.Ordinal));

        // When: the search is opened from a page of the first Fassung
        await page.GotoAsync(sites.Fassungen + "fassungen/2099-bv-0001/bausteine/alpha/");
        await page.Locator(".service-links a", new() { HasText = "Suche" }).ClickAsync();
        await Assertions.Expect(page.Locator("#filter-fassung")).ToHaveValueAsync("2099-bv-0001");
        await page.Locator("#suchbegriff").FillAsync("SBZ");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".suche-treffer").First).ToBeVisibleAsync();

        // Then
        (await Links(page)).ShouldAllBe(url => url.StartsWith(sites.Fassungen + "fassungen/2099-bv-0001/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnAPhone_TheSearchFitsAndIsReachedFromTheHeader()
    {
        var (page, _) = await sites.NewPageAsync(320, 640);
        await page.GotoAsync(sites.Shipped);
        await page.Locator(".service-links a", new() { HasText = "Suche" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(sites.Shipped + "suche/");
        await page.Locator("#suchbegriff").FocusAsync();
        await page.Keyboard.TypeAsync("Toitenwinkel");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".suche-treffer").First).ToBeVisibleAsync();
        var wide = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 321).slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + Math.round(e.getBoundingClientRect().right))");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320, string.Join("; ", wide));
    }

    [Fact]
    public async Task ASiteWithoutSearch_HasNoSearchLink()
    {
        var (page, _) = await sites.NewPageAsync(1280, 900);
        await page.GotoAsync(sites.Fixture);
        (await page.Locator(".service-links a", new() { HasText = "Suche" }).CountAsync()).ShouldBe(0);
        (await page.Context.APIRequest.GetAsync(sites.Fixture + "suche/")).Status.ShouldBe(404);
        (await page.Context.APIRequest.GetAsync(sites.Fixture + "pagefind/pagefind.js")).Status.ShouldBe(404);
    }

    /// <summary>Opens the search page of the Fassungen site, types the query and presses Enter; the result links.</summary>
    private async Task<List<string>> SearchAsync(IPage page, string query)
    {
        await page.GotoAsync(sites.Fassungen + "suche/");
        await Assertions.Expect(page.Locator(".suche-filter")).ToBeVisibleAsync();
        await page.Locator("#suchbegriff").FocusAsync();
        await page.Keyboard.TypeAsync(query);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#suche-status")).ToContainTextAsync("„" + query + "“");
        return await Links(page);
    }

    private static async Task<List<string>> Links(IPage page) =>
        [.. await page.Locator(".suche-treffer h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)")];
}
