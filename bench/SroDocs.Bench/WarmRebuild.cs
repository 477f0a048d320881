using System.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Site;
using SroDocs.Site.Publishing;

namespace SroDocs.Bench;

/// <summary>
/// The preview's rebuild in one process, as <c>serve</c> does it (one definition, one memo, output in memory): after a
/// first build, the body of one page is edited and the site rebuilt, many times; then the same for an edit of the page's
/// title (every page's navigation changes) as the upper bound.
/// </summary>
public static class WarmRebuild
{
    public static async Task<int> RunAsync(string content, string theme, int runs)
    {
        var copy = Measurements.CopyOf(content);
        try
        {
            var page = Measurements.PageToEdit(copy);
            var site = SiteDefinition.ForPreview();
            var memo = new ChainMemo();
            var output = new MemoryOutput();
            var folders = new SiteFolders(copy, theme, null, copy);
            async Task<(double Ms, int Rendered, int Pages)> BuildAsync()
            {
                var (inputs, problems) = folders.ToInputs();
                if (inputs is null)
                {
                    throw new InvalidOperationException(string.Join("\n", problems));
                }

                var clock = Stopwatch.StartNew();
                var result = await Publication.BuildAsync(site, inputs with { Output = output, ReferenceDate = new DateOnly(2026, 12, 1) }, folders.Fassungen, memo: memo);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (result.HasErrors)
                {
                    throw new InvalidOperationException("Der Korpus baut nicht fehlerfrei: " + result.Diagnostics.First(d => d.Severity == Core.Diagnostics.Severity.Error));
                }

                return (elapsed, memo.LastRunProcessed.Count(d => d.Contains("/Render:", StringComparison.Ordinal)), result.Pages);
            }

            var original = File.ReadAllText(page);
            var first = await BuildAsync();
            for (var i = 0; i < 3; i++)
            {
                File.WriteAllText(page, original + $"\n\nAufwärmen {i}.\n");
                await BuildAsync();
            }

            var body = new List<(double Ms, int Rendered, int Pages)>();
            for (var i = 0; i < runs; i++)
            {
                File.WriteAllText(page, original + $"\n\nEin neuer Absatz, Nummer {i}.\n");
                body.Add(await BuildAsync());
            }

            var title = new List<(double Ms, int Rendered, int Pages)>();
            for (var i = 0; i < Math.Max(3, runs / 3); i++)
            {
                File.WriteAllText(page, original.Replace("\ntitle: ", $"\ntitle: Geändert {i} – "));
                title.Add(await BuildAsync());
            }

            Console.WriteLine($"Erster Aufbau: {first.Ms:F0} ms, {first.Pages} Seiten");
            Console.WriteLine($"Neuaufbau nach Änderung des Textes einer Seite: Median {Measurements.Median([.. body.Select(b => b.Ms)]):F0} ms (min {body.Min(b => b.Ms):F0}, max {body.Max(b => b.Ms):F0}, {runs} Läufe), neu gerendert: {body[^1].Rendered} Seite(n)");
            Console.WriteLine($"Neuaufbau nach Änderung eines Titels (Navigation jeder Seite): Median {Measurements.Median([.. title.Select(b => b.Ms)]):F0} ms, neu gerendert: {title[^1].Rendered} Seiten");
            return 0;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
