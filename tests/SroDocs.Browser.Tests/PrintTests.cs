using Microsoft.Playwright;
using SroDocs.Browser.Tests.Infrastructure;

namespace SroDocs.Browser.Tests;

/// <summary>The print stylesheet: navigation and tooltips are hidden, the content stays.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserSites sites)
{
    [Fact]
    public async Task Print_HidesNavigation_AndKeepsTheContent()
    {
        // Given
        var (page, _) = await sites.NewPageAsync();
        await page.GotoAsync(sites.Shipped + "bausteine/finanzierung/");

        // When
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // Then
        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".prevnext")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".page-facts")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".prose")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        pdf.Length.ShouldBeGreaterThan(10_000);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
    }
}
