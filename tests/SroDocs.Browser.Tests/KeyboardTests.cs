using Microsoft.Playwright;
using SroDocs.Browser.Tests.Infrastructure;

namespace SroDocs.Browser.Tests;

/// <summary>
/// The site with the keyboard alone: the skip link is the first stop and works, every interactive element can be
/// reached with Tab and shows a visible focus indicator, the menu opens with Enter and folds with Escape, disclosure
/// widgets open with Space.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSites sites)
{
    /// <summary>The focused element, and whether its focus indicator is visible (an outline of at least 2 px, not transparent).</summary>
    private const string Focus = """
        () => {
          const e = document.activeElement;
          const s = getComputedStyle(e);
          const visible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
          return { text: (e.textContent || '').trim().slice(0, 60), tag: e.tagName.toLowerCase(), visible };
        }
        """;

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task TheSkipLink_IsTheFirstStop_AndLeadsToTheContent(int width)
    {
        // Given
        var (page, _) = await sites.NewPageAsync(width, 800);
        await page.GotoAsync(sites.Shipped + "bausteine/finanzierung/");

        // When
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<FocusState>(Focus);
        await Assertions.Expect(page.Locator(".skip-link")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        // Then
        first.Text.ShouldBe("Zum Inhalt springen");
        first.Visible.ShouldBeTrue();
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("inhalt");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryLinkAndControl_IsReachableWithTab_WithAVisibleFocusIndicator(bool disclosuresOpen)
    {
        foreach (var (baseUrl, path) in new[] { (sites.Shipped, ""), (sites.Shipped, "bausteine/finanzierung/"), (sites.Shipped, "glossar/"), (sites.Fassungen, "fassungen/"), (sites.Fassungen, "fassungen/2099-bv-0001/bausteine/alpha/") })
        {
            // Given: the page as loaded, or with every disclosure widget (switcher, history, menu) open
            var (page, _) = await sites.NewPageAsync(1280, 800);
            await page.GotoAsync(baseUrl + path);
            if (disclosuresOpen)
            {
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            }

            var focusable = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href], summary, button, input, select, textarea, [tabindex=\"0\"]')].filter(e => e.checkVisibility({ visibilityProperty: true })).map(e => e.outerHTML.slice(0, 120) + '@' + [...document.querySelectorAll('*')].indexOf(e))");

            // When: Tab through the whole page
            var reached = new HashSet<string>();
            var invisible = new List<string>();
            for (var i = 0; i < focusable.Length + 5; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await page.EvaluateAsync<FocusState>(Focus);
                var id = await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e === document.body ? '' : e.outerHTML.slice(0, 120) + '@' + [...document.querySelectorAll('*')].indexOf(e); }");
                if (id.Length > 0)
                {
                    reached.Add(id);
                    if (!focus.Visible)
                    {
                        invisible.Add(focus.Tag + " " + focus.Text);
                    }
                }
            }

            // Then
            focusable.Length.ShouldBeGreaterThan(10, path);
            focusable.Except(reached).ShouldBeEmpty(path);
            invisible.ShouldBeEmpty(path);
        }
    }

    [Fact]
    public async Task TheCompactMenu_OpensWithEnter_AndFoldsWithEscape()
    {
        // Given: a phone-sized screen, where the menu is folded
        var (page, _) = await sites.NewPageAsync(320, 640);
        await page.GotoAsync(sites.Shipped);
        var links = page.Locator(".site-nav ul a");
        await Assertions.Expect(links.First).ToBeHiddenAsync();

        // When
        await page.Locator(".menu summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // Then
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.closest('.site-nav') ? 'menu' : ''")).ShouldBe("menu");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(links.First).ToBeHiddenAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.tagName")).ShouldBe("SUMMARY");
    }

    [Fact]
    public async Task TheMenu_StandsOpenOnAWideScreen()
    {
        var (page, _) = await sites.NewPageAsync(1280, 800);
        await page.GotoAsync(sites.Shipped);
        await Assertions.Expect(page.Locator(".site-nav ul a").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".menu summary")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task ADisclosure_OpensWithSpace()
    {
        var (page, _) = await sites.NewPageAsync(1280, 800);
        await page.GotoAsync(sites.Fassungen + "fassungen/");
        var history = page.Locator(".fassung details").First;
        await history.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        (await history.EvaluateAsync<bool>("d => d.open")).ShouldBeTrue();
    }

    /// <summary>What <see cref="Focus"/> returns; Playwright fills it through its setters.</summary>
    private sealed class FocusState
    {
        public string Text { get; set; } = "";

        public string Tag { get; set; } = "";

        public bool Visible { get; set; }
    }
}
