using Microsoft.Playwright;
using SroDocs.Browser.Tests.Infrastructure;

namespace SroDocs.Browser.Tests;

/// <summary>The glossary tooltip in real Chromium: mouse, keyboard, Escape (WCAG 1.4.13), touch, and the plain link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GlossaryTooltipTests(BrowserSites sites)
{
    private const string Page = "bausteine/alpha/";
    private static readonly System.Text.RegularExpressions.Regex GlossaryEntry = new("/glossar/#hze$");

    [Fact]
    public async Task Hover_ShowsTheTooltip_AndItStaysWhileThePointerMovesOntoIt()
    {
        // Given
        var (page, _) = await sites.NewPageAsync();
        await page.GotoAsync(sites.Fixture + Page);
        var tip = page.Locator("#begriff-hze");
        await Assertions.Expect(tip).ToBeHiddenAsync();

        // When
        await page.Locator(".term-link").First.HoverAsync();

        // Then
        await Assertions.Expect(tip).ToBeVisibleAsync();
        await Assertions.Expect(tip).ToContainTextAsync("Hilfen zur Erziehung");
        await tip.HoverAsync();
        await Assertions.Expect(tip).ToBeVisibleAsync();
    }

    [Fact]
    public async Task KeyboardFocus_ShowsTheTooltip_AndEscapeDismissesIt()
    {
        // Given
        var (page, _) = await sites.NewPageAsync();
        await page.GotoAsync(sites.Fixture + Page);
        var link = page.Locator(".term-link").First;

        // When: tab through the page until the term link has focus
        for (var i = 0; i < 40 && !await link.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        // Then
        (await link.EvaluateAsync<bool>("e => e === document.activeElement")).ShouldBeTrue("the term link is reachable with Tab");
        await Assertions.Expect(page.Locator("#begriff-hze")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#begriff-hze")).ToBeHiddenAsync();
        (await link.EvaluateAsync<bool>("e => e === document.activeElement")).ShouldBeTrue("Escape does not move focus");
    }

    [Fact]
    public async Task Click_FollowsThePlainLinkToTheGlossaryEntry()
    {
        var (page, _) = await sites.NewPageAsync();
        await page.GotoAsync(sites.Fixture + Page);
        await page.Locator(".term-link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(GlossaryEntry);
        await Assertions.Expect(page.Locator("#hze h3")).ToHaveTextAsync("HzE – Hilfen zur Erziehung");
    }

    [Fact]
    public async Task Touch_FirstTapShowsTheTooltip_SecondTapFollowsTheLink()
    {
        // Given
        var (page, _) = await sites.NewPageAsync(390, 800, touch: true);
        await page.GotoAsync(sites.Fixture + Page);
        var link = page.Locator(".term-link").First;

        // When
        await link.TapAsync();

        // Then
        await Assertions.Expect(page.Locator("#begriff-hze")).ToBeVisibleAsync();
        page.Url.ShouldEndWith(Page);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0, "an open tooltip never widens the page");
        await link.TapAsync();
        await Assertions.Expect(page).ToHaveURLAsync(GlossaryEntry);
    }

    [Fact]
    public async Task WithoutJavaScript_TheTermIsStillAWorkingLink()
    {
        var context = await sites.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Fixture + Page);
        await page.Locator(".term-link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(GlossaryEntry);
        await context.CloseAsync();
    }
}
