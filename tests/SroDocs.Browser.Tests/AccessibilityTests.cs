using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SroDocs.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SroDocs.Browser.Tests;

/// <summary>
/// Every page of every built site (the shipped content, the minimal fixture, the fixture with two Fassungen) in real
/// Chromium: axe-core with the WCAG 2.0/2.1 A and AA rules and the best-practice rules, in light and dark scheme, at
/// 1280 and 320 pixels; no horizontal scrolling at 320 px or at 200 % text size; no word broken without a hyphen; no
/// request to another host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSites sites, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    /// <summary>The search page with results shown (the search page itself is scanned before it is used).</summary>
    private const string SearchWithResults = "suche/?q=Sozialraum";

    /// <summary>Words a browser broke across lines although they hold no hyphen (a soft or a written one).</summary>
    private const string BrokenWords = """
        () => {
          const broken = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest('.visually-hidden, [hidden], code, pre') || parent.getClientRects().length === 0) continue;
            const text = node.textContent;
            for (const match of text.matchAll(/\S+/g)) {
              const word = match[0];
              if (word.length < 8 || /[-\u00AD\u2010\/@.:_]/.test(word)) continue;
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + word.length);
              const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (tops.size > 1) broken.push(word);
            }
          }
          return broken;
        }
        """;

    public static TheoryData<string, int> Configurations => new()
    {
        { "light", 1280 },
        { "dark", 1280 },
        { "light", 320 },
        { "dark", 320 },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task EveryPage_HasNoAxeViolation_FitsTheScreen_AndBreaksNoWordWithoutAHyphen(string scheme, int width)
    {
        // Given
        var problems = new List<string>();
        var scanned = 0;
        var (page, foreign) = await sites.NewPageAsync(width, 800, scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        foreach (var (site, baseUrl, pages) in sites.AllSites)
        {
            foreach (var path in pages.Concat(pages.Contains("suche/") ? [SearchWithResults] : []))
            {
                // When
                await page.GotoAsync(baseUrl + path);
                if (path == SearchWithResults)
                {
                    await Assertions.Expect(page.Locator(".suche-treffer").First).ToBeVisibleAsync();
                }

                var result = await page.RunAxe(Rules);
                scanned++;

                // Then
                problems.AddRange(result.Violations.Select(v => $"{site}/{path}: {v.Id} ({v.Impact}) {v.Help} – {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}"));
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0)
                {
                    problems.Add($"{site}/{path}: {overflow} px breiter als der Bildschirm");
                }

                if (width == 320)
                {
                    problems.AddRange((await page.EvaluateAsync<string[]>(BrokenWords)).Select(w => $"{site}/{path}: Wort ohne Trennstrich umbrochen: {w}"));
                }
            }
        }

        output.WriteLine($"{scanned} Seiten geprüft ({scheme}, {width} px), {problems.Count} Befunde.");
        problems.ShouldBeEmpty(string.Join("\n", problems.Take(40)));
        foreign.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EveryPage_StaysReadableAt200PercentText_WithoutScrollingSideways()
    {
        var (page, _) = await sites.NewPageAsync(1280, 800);
        var problems = new List<string>();
        foreach (var (site, baseUrl, pages) in sites.AllSites)
        {
            foreach (var path in pages)
            {
                await page.GotoAsync(baseUrl + path);
                await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0)
                {
                    problems.Add($"{site}/{path}: {overflow} px");
                }
            }
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Matrix_FitsADesktopScreen_WithoutScrollingInsideTheTable()
    {
        var (page, _) = await sites.NewPageAsync(1280, 900);
        await page.GotoAsync(sites.Shipped + "uebersicht/");
        var overflow = await page.Locator(".table-wrap").EvaluateAsync<int>("e => e.scrollWidth - e.clientWidth");
        overflow.ShouldBeLessThanOrEqualTo(0);
    }

    [Fact]
    public async Task TheHeader_HasTheSameWidthOnEveryPage()
    {
        var (page, _) = await sites.NewPageAsync(1600, 900);
        var widths = new HashSet<double>();
        foreach (var path in new[] { "", "uebersicht/", "bausteine/finanzierung/", "glossar/" })
        {
            await page.GotoAsync(sites.Shipped + path);
            widths.Add((await page.Locator(".site-brand").BoundingBoxAsync())!.Width);
        }

        widths.Count.ShouldBe(1);
    }
}
