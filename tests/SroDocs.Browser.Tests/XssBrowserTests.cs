using Microsoft.Playwright;
using SroDocs.Browser.Tests.Infrastructure;
using SroDocs.Testing;

namespace SroDocs.Browser.Tests;

/// <summary>
/// The XSS corpus in real Chromium: every payload page, as the build would publish it, is loaded with alert, confirm
/// and prompt watched; nothing may fire without user action. A control page proves the watch sees a dialog.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssBrowserTests(BrowserSites sites) : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("srodocs-xss-").FullName;
    private StaticServer? _server;

    public async Task InitializeAsync()
    {
        var site = MemorySite.WithTaxonomy().Page("_index.md", "Start", "Text.\n");
        for (var i = 0; i < XssCorpus.Payloads.Count; i++)
        {
            site.Page($"seite-{i}.md", $"Seite {i}", "Vorher.\n\n" + XssCorpus.Payloads[i] + "\n\nNachher.\n");
        }

        await site.BuildAsync();
        foreach (var (path, bytes) in site.Output.LastStaged)
        {
            var target = Path.Combine(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, bytes);
        }

        // The control: a page that does call alert, from a script file as the site's own would.
        await File.WriteAllTextAsync(Path.Combine(_root, "kontrolle.js"), "alert('kontrolle');");
        await File.WriteAllTextAsync(Path.Combine(_root, "kontrolle.html"), "<!DOCTYPE html><html lang=\"de\"><head><title>K</title><script src=\"kontrolle.js\"></script></head><body>K</body></html>");
        _server = new StaticServer(_root);
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task NoPayloadPage_RunsScript_AndTheControlDoes()
    {
        // Given
        var (page, foreign) = await sites.NewPageAsync();
        var fired = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            fired.Add($"{page.Url}: {dialog.Type} {dialog.Message}");
            await dialog.DismissAsync();
        };

        // When: the control, then every payload page
        await page.GotoAsync(_server!.BaseUrl + "kontrolle.html");
        await page.WaitForTimeoutAsync(200);
        var control = fired.Count;
        for (var i = 0; i < XssCorpus.Payloads.Count; i++)
        {
            await page.GotoAsync($"{_server.BaseUrl}seite-{i}/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.WaitForTimeoutAsync(60);
        }

        // Then
        control.ShouldBe(1, "the dialog watch must see the control page's alert");
        fired.Skip(control).ShouldBeEmpty();
        foreign.ShouldBeEmpty();
    }
}
