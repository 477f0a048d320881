using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using SroDocs.Browser.Tests.Infrastructure;
using SroDocs.Testing;
using Xunit.Abstractions;

namespace SroDocs.Browser.Tests;

/// <summary>
/// Screenshots for a person to look at (home, Baustein, matrix, timeline, glossary; both widths, both schemes) written
/// to <c>TestResults/bildschirmfotos/</c>, and every built page checked by the W3C Nu Html Checker (vnu.jar from npm, run
/// with Java): no errors.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotAndValidationTests(BrowserSites sites, ITestOutputHelper output)
{
    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "bildschirmfotos");

    [Fact]
    public async Task Screenshots_AreWritten_ForEveryMainPage_WidthAndScheme()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var written = new List<string>();
        foreach (var (name, path) in new[] { ("start", ""), ("baustein", "bausteine/finanzierung/"), ("uebersicht", "uebersicht/"), ("zeitplan", "zeitplan/"), ("glossar", "glossar/") })
        {
            foreach (var width in new[] { 1280, 320 })
            {
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    var (page, _) = await sites.NewPageAsync(width, 900, scheme: scheme);
                    await page.GotoAsync(sites.Shipped + path);
                    var file = Path.Combine(ScreenshotFolder, $"{name}-{width}-{(scheme == ColorScheme.Dark ? "dunkel" : "hell")}.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    written.Add(file);
                    await page.Context.CloseAsync();
                }
            }
        }

        written.ShouldAllBe(f => new FileInfo(f).Length > 10_000);
        output.WriteLine($"{written.Count} Bildschirmfotos in {ScreenshotFolder}");
    }

    [Fact]
    public async Task EveryPage_IsValidHtml_ForTheNuHtmlChecker()
    {
        // Given: the checker from npm (the test command runs 'npm ci') and Java
        var jar = Path.Combine(RepositoryPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        File.Exists(jar).ShouldBeTrue("Der Nu Html Checker fehlt: Bitte im Hauptordner 'npm ci' ausführen (der Testbefehl tut das).");
        // and a canary page with a known error, which proves that the checker really read the folders
        var canary = Directory.CreateTempSubdirectory("srodocs-vnu-").FullName;
        File.WriteAllText(Path.Combine(canary, "kanarienvogel.html"), "<!DOCTYPE html><html lang=\"de\"><head><title>Kanarienvogel</title></head><body><p><blink>kaputt</blink></p></body></html>");
        var folders = sites.OutputFolders.Append(canary).ToList();

        // When
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", jar, "--format", "json", "--skip-non-html", "--exit-zero-always" }.Concat(folders))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        Directory.Delete(canary, recursive: true);

        // Then
        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (Type: m.GetProperty("type").GetString(), Url: m.TryGetProperty("url", out var u) ? u.GetString() : "", Text: m.GetProperty("message").GetString()))
            .ToList();
        var canaryErrors = messages.Count(m => m.Type == "error" && m.Url!.EndsWith("kanarienvogel.html", StringComparison.Ordinal));
        var errors = messages.Where(m => m.Type == "error" && !m.Url!.EndsWith("kanarienvogel.html", StringComparison.Ordinal)).Select(m => $"{m.Url}: {m.Text}").ToList();
        var pages = sites.OutputFolders.Sum(f => Directory.EnumerateFiles(f, "*.html", SearchOption.AllDirectories).Count());
        output.WriteLine($"{pages} Seiten geprüft, {errors.Count} Fehler, {messages.Count(m => m.Type != "error")} Hinweise.");
        pages.ShouldBeGreaterThan(50);
        canaryErrors.ShouldBeGreaterThan(0, "Der Prüfer hat die absichtlich fehlerhafte Seite nicht bemängelt.");
        errors.ShouldBeEmpty(string.Join("\n", errors.Take(30)));
    }
}
