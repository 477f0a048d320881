using Microsoft.Playwright;
using SroDocs.Browser.Tests.Infrastructure;
using SroDocs.Cli;
using SroDocs.Testing;

namespace SroDocs.Browser.Tests;

/// <summary>The preview (<c>serve</c>) in Chromium: a broken edit opens an overlay with the located message, Escape closes it, a fix reloads the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewOverlayTests(BrowserSites sites)
{
    [Fact]
    public async Task ABrokenEdit_ShowsAnAccessibleOverlay_EscapeClosesIt_AndAFixReloadsThePage()
    {
        // Given: the preview of the minimal fixture, open in Chromium
        using var site = TestSite.FromFixture("minimal");
        var port = FreePort.Next();
        using var stop = new CancellationTokenSource();
        var server = CliApp.RunAsync(["serve", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--port", port.ToString(), "--ohne-suche"],
            new CliEnvironment(TextWriter.Null, TextWriter.Null, false), stop.Token);
        var (page, foreign) = await sites.NewPageAsync(1280, 900);
        var address = $"http://127.0.0.1:{port}/bausteine/alpha/";
        for (var attempt = 0; attempt < 600 && !server.IsCompleted; attempt++)
        {
            try
            {
                if ((await page.GotoAsync(address))!.Ok)
                {
                    break;
                }
            }
            catch (PlaywrightException)
            {
            }

            await Task.Delay(100);
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-srodocs-vorschau", "verbunden");

        // When: a page with broken front matter is saved
        var broken = Path.Combine(site.ContentRoot, "kaputt.md");
        File.WriteAllText(broken, "---\ntitle: [kaputt\n---\n");

        // Then: an alert dialog with the message, focus on its button
        var overlay = page.Locator(".srodocs-fehler[role=alertdialog]");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("kaputt.md:2:");
        await Assertions.Expect(overlay.Locator("button")).ToBeFocusedAsync();

        // When: Escape
        await page.Keyboard.PressAsync("Escape");

        // Then
        await Assertions.Expect(overlay).ToHaveCountAsync(0);

        // When: fixed, and a change made
        File.Delete(broken);
        var alpha = Path.Combine(site.ContentRoot, "bausteine", "alpha.md");
        File.WriteAllText(alpha, File.ReadAllText(alpha).Replace("Das SBZ hilft.", "Das SBZ hilft nach der Korrektur.", StringComparison.Ordinal));

        // Then: the page reloads by itself with the new text
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("nach der Korrektur", new() { Timeout = 60_000 });
        foreign.ShouldBeEmpty();
        await stop.CancelAsync();
        await server.WaitAsync(TimeSpan.FromSeconds(60));
    }
}
