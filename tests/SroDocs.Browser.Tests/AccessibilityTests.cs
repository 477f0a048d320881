using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SroDocs.Browser.Tests.Infrastructure;

namespace SroDocs.Browser.Tests;

/// <summary>The shipped site in real Chromium: axe-core WCAG 2.1 A/AA, 320 px width, no third-party requests.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSites sites)
{
    public static TheoryData<string> Pages =>
    [
        "", "bausteine/", "bausteine/finanzierung/", "ebenen/personenbezogen/", "uebersicht/", "zeitplan/", "glossar/", "aenderungen/", "projekt/beschluesse/", "ueber/",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoWcag21AaViolations(string path)
    {
        // Given
        var (page, foreign) = await sites.NewPageAsync();
        await page.GotoAsync(sites.Shipped + path);

        // When
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        // Then
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} – {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        violations.ShouldBeEmpty(string.Join("\n", violations));
        foreign.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_FitsA320PixelScreen_WithoutHorizontalScrolling(string path)
    {
        var (page, _) = await sites.NewPageAsync(320, 640);
        await page.GotoAsync(sites.Shipped + path);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0);
    }

    [Fact]
    public async Task Matrix_FitsADesktopScreen_WithoutScrollingInsideTheTable()
    {
        var (page, _) = await sites.NewPageAsync(1280, 900);
        await page.GotoAsync(sites.Shipped + "uebersicht/");
        var overflow = await page.Locator(".table-wrap").EvaluateAsync<int>("e => e.scrollWidth - e.clientWidth");
        overflow.ShouldBeLessThanOrEqualTo(0);
    }
}
