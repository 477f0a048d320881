using Shouldly;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SroDocs.Core.Diagnostics;
using SroDocs.Site;

namespace SroDocs.Testing;

/// <summary>
/// A real site in a temporary folder: content written by the test or copied from a fixture, built with the
/// real theme into a real output folder, inspected with AngleSharp.
/// </summary>
public sealed class TestSite : IDisposable
{
    private TestSite()
    {
        Root = Directory.CreateTempSubdirectory("srodocs-site-").FullName;
        ContentRoot = Path.Combine(Root, "content");
        OutputRoot = Path.Combine(Root, "_site");
        Directory.CreateDirectory(ContentRoot);
    }

    public string Root { get; }

    public string ContentRoot { get; }

    public string OutputRoot { get; }

    public string ThemeRoot { get; set; } = RepositoryPaths.DefaultTheme;

    /// <summary>The folder of frozen Fassungen, beside the content.</summary>
    public string FassungenRoot => Path.Combine(Root, "fassungen");

    public static TestSite Empty() => new();

    /// <summary>A copy of <c>tests/Fixtures/&lt;name&gt;/content</c>, so tests may change it freely.</summary>
    public static TestSite FromFixture(string name)
    {
        var site = new TestSite();
        CopyFolder(Path.Combine(RepositoryPaths.Fixture(name), "content"), site.ContentRoot);
        return site;
    }

    public static TestSite FromShippedContent()
    {
        var site = new TestSite();
        CopyFolder(RepositoryPaths.ShippedContent, site.ContentRoot);
        return site;
    }

    /// <summary>
    /// A case of <c>tests/Fixtures/malformed/&lt;name&gt;</c> laid over the minimal site: its <c>content/</c> over the
    /// content, its <c>theme/</c> (if any) over a copy of the default theme. File names are stored escaped
    /// (<c>%3A</c>), as some cannot be checked out everywhere.
    /// </summary>
    public static TestSite FromMalformedCase(string name)
    {
        var site = FromFixture("minimal");
        var folder = Path.Combine(RepositoryPaths.Fixture("malformed"), name);
        CopyOver(Path.Combine(folder, "content"), site.ContentRoot);
        if (Directory.Exists(Path.Combine(folder, "theme")))
        {
            var theme = Path.Combine(site.Root, "theme");
            CopyOver(RepositoryPaths.DefaultTheme, theme);
            CopyOver(Path.Combine(folder, "theme"), theme);
            site.ThemeRoot = theme;
        }

        return site;
    }

    public TestSite Write(string contentPath, string text)
    {
        var path = Path.Combine(ContentRoot, contentPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>The folders of this site; <paramref name="output"/> null for a check that writes nothing.</summary>
    public SiteFolders Folders(string? output) => new(ContentRoot, ThemeRoot, output, Root) { FassungenRoot = FassungenRoot };

    /// <summary>Builds the whole publication (current state and every Fassung) into <see cref="OutputRoot"/>, or checks it.</summary>
    /// <param name="search">True to index the site with Pagefind from the repository's <c>node_modules</c> (<c>npm ci</c>).</param>
    /// <param name="settings">Laid over the current state's inputs (as the command line does).</param>
    public async Task<Site.Publishing.PublicationResult> PublishAsync(DateOnly? stand = null, bool write = true, Site.Publishing.FassungCache? cache = null, bool search = false, Func<SiteInputs, SiteInputs>? settings = null)
    {
        var folders = Folders(write ? OutputRoot : null);
        var (inputs, problems) = folders.ToInputs();
        if (inputs is null)
        {
            return Site.Publishing.PublicationResult.NotRun(problems);
        }

        var tool = search ? Site.Search.SearchTool.Find(RepositoryPaths.Root) is { Tool: { } found } ? found : throw new InvalidOperationException("Pagefind fehlt: im Hauptordner 'npm ci' ausführen.") : null;
        inputs = inputs with { ReferenceDate = stand ?? new DateOnly(2025, 7, 1), Search = tool };
        return await Site.Publishing.Publication.BuildAsync(SiteDefinition.Default(), settings is null ? inputs : settings(inputs), folders.Fassungen, cache);
    }

    /// <summary>Freezes the current content as a Fassung (made-up numbers use the year 2099).</summary>
    public Site.Fassungen.FassungManifest Freeze(string beschluss, DateOnly? decided, string titel = "Testfassung", Site.Fassungen.FassungStatus status = Site.Fassungen.FassungStatus.Beschlossen, DateOnly? today = null)
    {
        var diagnostics = new DiagnosticBag();
        var number = Site.Fassungen.BeschlussNummer.Parse(beschluss, out var problem) ?? throw new ArgumentException(problem, nameof(beschluss));
        var request = new Site.Fassungen.FreezeRequest(number, titel, status, decided, null, Site.Fassungen.FassungManifest.DefaultGremium, today ?? new DateOnly(2025, 7, 1));
        return Site.Fassungen.FassungFreezer.Freeze(request, new Core.IO.PhysicalContentSource(ContentRoot, Root), FassungenRoot, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedArray()));
    }

    /// <summary>Builds into <paramref name="output"/> (default: <see cref="OutputRoot"/>) with the default site, settings laid over the inputs.</summary>
    public Task<SiteBuildResult> BuildAsync(DateOnly? stand = null, Func<SiteInputs, SiteInputs>? settings = null, string? output = null, SiteDefinition? site = null) =>
        RunAsync(Folders(output ?? OutputRoot), stand, settings, site);

    public Task<SiteBuildResult> CheckAsync(DateOnly? stand = null, Func<SiteInputs, SiteInputs>? settings = null) =>
        RunAsync(Folders(null), stand, settings, null);

    /// <summary>Builds and fails the test with the diagnostics if the build had errors.</summary>
    public async Task<SiteBuildResult> BuildCleanAsync(DateOnly? stand = null, Func<SiteInputs, SiteInputs>? settings = null)
    {
        var result = await BuildAsync(stand, settings);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        errors.ShouldBeEmpty(string.Join("\n", errors));
        return result;
    }

    public bool Exists(string outputPath) => File.Exists(Path.Combine(OutputRoot, outputPath));

    public string Text(string outputPath) => File.ReadAllText(Path.Combine(OutputRoot, outputPath));

    public IHtmlDocument Html(string outputPath) => new HtmlParser().ParseDocument(Text(outputPath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<SiteBuildResult> RunAsync(SiteFolders folders, DateOnly? stand, Func<SiteInputs, SiteInputs>? settings, SiteDefinition? site)
    {
        var (inputs, problems) = folders.ToInputs();
        if (inputs is null)
        {
            return SiteBuildResult.NotRun(problems, TimeSpan.Zero);
        }

        inputs = inputs with { ReferenceDate = stand ?? new DateOnly(2025, 7, 1) };
        return await (site ?? SiteDefinition.Default()).BuildAsync(settings is null ? inputs : settings(inputs));
    }

    /// <summary>Copies <paramref name="from"/> (if it exists) into <paramref name="to"/>, replacing files of the same name; escaped names unescaped.</summary>
    private static void CopyOver(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Uri.UnescapeDataString(Path.GetRelativePath(from, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
