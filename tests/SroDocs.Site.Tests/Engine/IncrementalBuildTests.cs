using System.Collections.Immutable;
using System.Text;
using Shouldly;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Site;
using SroDocs.Site.Publishing;
using SroDocs.Testing;
using Xunit;

namespace SroDocs.Site.Tests.Engine;

/// <summary>
/// A series of builds with one definition and a <see cref="ChainMemo"/> (the preview's): after every edit the output
/// and the diagnostics are exactly those of a fresh build, and only what depends on the edit is rendered again.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string Page = "bausteine/finanzierung.md";
    private readonly TestSite _site = TestSite.FromShippedContent();
    private readonly SiteDefinition _definition = SiteDefinition.Default();
    private readonly ChainMemo _memo = new();

    public IncrementalBuildTests() => _site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10), today: new DateOnly(2099, 3, 11));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task EveryRebuild_EqualsAFreshBuild_AndRendersOnlyWhatDependsOnTheEdit()
    {
        (await RebuildAndCompareAsync()).Count.ShouldBeGreaterThan(40, "the first build renders everything");
        (await RebuildAndCompareAsync()).ShouldBeEmpty("nothing changed");

        Edit(Page, text => text + "\nEin neuer Absatz am Ende.\n");
        (await RebuildAndCompareAsync()).ShouldBe(
            ["content/Render: content/bausteine/finanzierung.md", "generated/Render: (erzeugt) synopse-2099-bv-0001--aktuell"],
            "a body edit: the page, and the Synopse of the working state, which compares its text");

        Edit(Page, text => text.Replace("title: Sozialräumliches Finanzierungskonzept", "title: Finanzierungskonzept für den Sozialraum"));
        (await RebuildAndCompareAsync()).Count.ShouldBeGreaterThan(40, "a new title is in every page's navigation");

        Edit("_data/glossar.yml", text => text.Replace("Fachlicher Ansatz, der beim Willen", "Ein fachlicher Ansatz, der beim Willen"));
        (await RebuildAndCompareAsync()).Count.ShouldBeGreaterThan(40, "every page marks glossary terms");

        Edit(Page, text => text + "\nEin [kaputter Link](gibt-es-nicht.md).\n");
        var broken = await RebuildAndCompareAsync();
        broken.ShouldContain("content/Render: content/bausteine/finanzierung.md");
        _lastDiagnostics.ShouldContain(d => d.Contains("gibt-es-nicht.md"));

        Edit("bausteine/controlling.md", text => text + "\nNoch ein Absatz.\n");
        (await RebuildAndCompareAsync()).ShouldNotContain("content/Render: content/bausteine/finanzierung.md");
        _lastDiagnostics.ShouldContain(d => d.Contains("gibt-es-nicht.md"), "the unchanged broken page reports its error again, from the memo");

        Edit(Page, text => text.Replace("\nEin [kaputter Link](gibt-es-nicht.md).\n", ""));
        await RebuildAndCompareAsync();
        _lastDiagnostics.ShouldNotContain(d => d.Contains("gibt-es-nicht.md"));
    }

    [Fact]
    public async Task WhatTheHistorySaysOfOnePage_RendersThatPageAgain()
    {
        var committed = new Site.History.ContentHistory(
            ImmutableDictionary<string, DateOnly>.Empty.Add(Page, new DateOnly(2099, 3, 1)).Add("bausteine/controlling.md", new DateOnly(2099, 3, 2)),
            []);
        _history = committed;
        await RebuildAndCompareAsync();

        _history = committed with { Uncommitted = [Page] };
        (await RebuildAndCompareAsync()).ShouldBe(["content/Render: content/bausteine/finanzierung.md"]);
    }

    [Fact]
    public async Task AnEditedTemplate_RendersEveryPageAgain()
    {
        using var theme = new TempCopy(RepositoryPaths.DefaultTheme);
        _site.ThemeRoot = theme.Root;
        await RebuildAndCompareAsync();
        var layout = Directory.EnumerateFiles(Path.Combine(theme.Root, "layouts"), "*.hbs").First(f => File.ReadAllText(f).Contains("</main>"));
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</main>", "<p>Neu im Layout</p></main>"));
        (await RebuildAndCompareAsync()).Count.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void EverySettingOfTheInputs_IsInTheirFingerprint()
    {
        // A new property of SiteInputs fails here until SiteInputs.Fingerprint knows it (or it is listed as not a setting).
        string[] notSettings = ["Content", "Theme", "Output", "KeepPhaseOutputs", "EditionLabel", "IsFassung", "ThemeWithOverrides", "History"];
        string[] settings = ["UrlPrefix", "ReferenceDate", "BaseUrl", "WarningsAsErrors", "Search", "Edition", "ContentFolderInRepository"];
        typeof(SiteInputs).GetProperties().Select(p => p.Name).Order().ShouldBe(notSettings.Concat(settings).Order());

        var inputs = MemorySite.WithTaxonomy().Inputs();
        var fingerprint = inputs.Fingerprint();
        inputs.Fingerprint().ShouldBe(fingerprint);
        SiteInputs[] changed =
        [
            inputs with { UrlPrefix = "/vorschau/" },
            inputs with { ReferenceDate = inputs.ReferenceDate.AddDays(1) },
            inputs with { BaseUrl = new Uri("https://www.example.org/") },
            inputs with { WarningsAsErrors = !inputs.WarningsAsErrors },
            inputs with { Search = new Search.SearchTool("node", "pagefind.cjs") },
            inputs with { ContentFolderInRepository = "inhalt" },
        ];
        changed.Select(i => i.Fingerprint()).ShouldAllBe(f => f != fingerprint);
    }

    private ImmutableArray<string> _lastDiagnostics = [];

    private Site.History.ContentHistory? _history;

    private void Edit(string contentPath, Func<string, string> change)
    {
        var path = Path.Combine(_site.ContentRoot, contentPath);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    /// <summary>Builds with the memo and afresh, shows that both give the same files and diagnostics, and returns what the memo build rendered anew.</summary>
    private async Task<List<string>> RebuildAndCompareAsync()
    {
        var (remembered, rememberedFiles) = await PublishAsync(_definition, _memo);
        var (fresh, freshFiles) = await PublishAsync(SiteDefinition.Default(), null);
        var diagnostics = remembered.Diagnostics.Select(d => d.ToString()).ToImmutableArray();
        diagnostics.ShouldBe(fresh.Diagnostics.Select(d => d.ToString()).ToImmutableArray());
        rememberedFiles.Keys.ShouldBe(freshFiles.Keys);
        foreach (var (path, bytes) in freshFiles)
        {
            Encoding.UTF8.GetString(rememberedFiles[path]).ShouldBe(Encoding.UTF8.GetString(bytes), path);
        }

        _lastDiagnostics = diagnostics;
        return [.. _memo.LastRunProcessed.Where(d => d.Contains("/Render: ", StringComparison.Ordinal) && !d.Contains("/assets/", StringComparison.Ordinal))];
    }

    private async Task<(PublicationResult Result, ImmutableSortedDictionary<string, byte[]> Files)> PublishAsync(SiteDefinition definition, ChainMemo? memo)
    {
        var folders = _site.Folders(null);
        var (inputs, problems) = folders.ToInputs();
        problems.ShouldBeEmpty();
        var output = new MemoryOutput();
        var result = await Publication.BuildAsync(definition, inputs! with { Output = output, ReferenceDate = new DateOnly(2099, 4, 1), History = _history }, folders.Fassungen, memo: memo);
        return (result, result.HasErrors ? output.LastStaged : output.Files);
    }

    private sealed class TempCopy : IDisposable
    {
        public TempCopy(string from)
        {
            Root = Directory.CreateTempSubdirectory("srodocs-theme-").FullName;
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Root, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Root { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
