using System.Text;
using CsCheck;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Engine;

/// <summary>
/// A long series of random edits of the shipped content, as an author makes them in the preview (text, titles, front
/// matter, glossary and taxonomy, broken links and YAML, new and deleted pages, and undoing), each built with one
/// definition and a <see cref="ChainMemo"/> and afresh: the files and diagnostics must be the same every time. The
/// edits come from a fixed PCG seed; a failure names the step and the seed to replay it with.
/// </summary>
public sealed class IncrementalEditSeriesTests
{
    private const int Steps = 60;

    private static readonly Dictionary<string, string> Originals =
        Directory.EnumerateFiles(RepositoryPaths.ShippedContent, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(RepositoryPaths.ShippedContent, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private delegate void Edit(Dictionary<string, string> files, PCG random);

    private static readonly (string Name, Edit Apply)[] Edits =
    [
        ("Absatz anhängen", (files, random) => Change(files, Pages(files), random, text => text + $"\nEin neuer Absatz {Pick(random, 1000)} über den Sozialraum.\n")),
        ("Titel ändern", (files, random) => Change(files, Pages(files), random, text => ReplaceLine(text, "title: ", $"title: Geänderter Titel {Pick(random, 100)}"))),
        ("Beschreibung ändern", (files, random) => Change(files, Pages(files), random, text => ReplaceLine(text, "beschreibung: ", $"beschreibung: Neu beschrieben {Pick(random, 100)}."))),
        ("Kaputter Link", (files, random) => Change(files, Pages(files), random, text => text + "\nSiehe [dort](gibt-es-nicht.md).\n")),
        ("Kaputtes YAML", (files, random) => Change(files, Pages(files), random, text => text.Replace("\ntitle: ", "\ntitle: [", StringComparison.Ordinal))),
        ("Status ändern", (files, random) => Change(files, Pages(files), random, text => text.Replace("status: planung", "status: entwicklung", StringComparison.Ordinal))),
        ("Glossar ändern", (files, _) => files["_data/glossar.yml"] = files["_data/glossar.yml"].Replace("Fachlicher Ansatz", "Ein fachlicher Ansatz", StringComparison.Ordinal)),
        ("Taxonomie ändern", (files, random) => files["_data/taxonomie.yml"] = files["_data/taxonomie.yml"] + $"\n# Bemerkung {Pick(random, 100)}\n"),
        ("Seite anlegen", (files, random) => files[$"projekt/neu-{Pick(random, 5)}.md"] = $"---\ntitle: Neue Seite {Pick(random, 100)}\nversion: \"0.1\"\nstand: 2026-11-01\n---\n\nText über Sozialraumorientierung.\n"),
        ("Seite löschen", (files, random) => { var extra = files.Keys.Where(k => k.StartsWith("projekt/neu-", StringComparison.Ordinal)).ToList(); if (extra.Count > 0) { files.Remove(extra[Pick(random, extra.Count)]); } }),
        ("Datei zurücksetzen", (files, random) => { var path = Originals.Keys.Order(StringComparer.Ordinal).ElementAt(Pick(random, Originals.Count)); files[path] = Originals[path]; }),
    ];

    [Fact]
    public async Task EveryStepOfARandomEditSeries_BuildsWithTheMemo_ExactlyAsAfresh()
    {
        var random = new PCG(20261201);
        var files = new Dictionary<string, string>(Originals, StringComparer.Ordinal);
        var site = SiteDefinition.Default();
        var memo = new ChainMemo();
        var takenOver = 0;
        for (var step = 0; step < Steps; step++)
        {
            var seed = random.ToString();
            var (name, apply) = Edits[Pick(random, Edits.Length)];
            apply(files, random);
            var (remembered, rememberedFiles) = await BuildAsync(files, site, memo);
            var (fresh, freshFiles) = await BuildAsync(files, SiteDefinition.Default(), null);
            var context = $"Schritt {step} ({name}, Seed {seed})";
            remembered.Select(d => d.ToString()).ShouldBe(fresh.Select(d => d.ToString()), context);
            rememberedFiles.Keys.ShouldBe(freshFiles.Keys, context);
            foreach (var (path, bytes) in freshFiles)
            {
                Encoding.UTF8.GetString(rememberedFiles[path]).ShouldBe(Encoding.UTF8.GetString(bytes), $"{context}: {path}");
            }

            takenOver += memo.LastRunTakenOver;
        }

        takenOver.ShouldBeGreaterThan(Steps * 10, "the series must take over most pages, or it tests nothing");
    }

    private static async Task<(IEnumerable<Core.Diagnostics.Diagnostic> Diagnostics, IReadOnlyDictionary<string, byte[]> Files)> BuildAsync(Dictionary<string, string> files, SiteDefinition site, ChainMemo? memo)
    {
        var output = new MemoryOutput();
        var content = new MemoryContentSource(files.Select(f => KeyValuePair.Create(f.Key, Encoding.UTF8.GetBytes(f.Value))), "content/");
        var inputs = new SiteInputs(content, new PhysicalContentSource(RepositoryPaths.DefaultTheme, RepositoryPaths.Root))
        {
            ReferenceDate = new DateOnly(2026, 12, 1),
            Output = output,
        };
        var result = await site.BuildAsync(inputs, memo);
        return (result.Diagnostics, result.Written ? output.Files : output.LastStaged);
    }

    private static int Pick(PCG random, int count) => (int)random.Next((uint)count);

    private static IReadOnlyList<string> Pages(Dictionary<string, string> files) =>
        [.. files.Keys.Where(k => k.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static void Change(Dictionary<string, string> files, IReadOnlyList<string> candidates, PCG random, Func<string, string> change)
    {
        var path = candidates[Pick(random, candidates.Count)];
        files[path] = change(files[path]);
    }

    private static string ReplaceLine(string text, string start, string line)
    {
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        if (at >= 0)
        {
            lines[at] = line;
        }

        return string.Join('\n', lines);
    }
}
