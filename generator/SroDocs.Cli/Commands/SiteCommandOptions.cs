using System.CommandLine;
using System.Globalization;
using SroDocs.Site;

namespace SroDocs.Cli.Commands;

/// <summary>The options <c>build</c> and <c>check</c> share, with their defaults.</summary>
public sealed class SiteCommandOptions
{
    public Option<string> Content { get; } = new("--content") { HelpName = "ordner", Description = "Ordner mit den Markdown-Seiten und _data/", DefaultValueFactory = _ => "content" };

    public Option<string> Fassungen { get; } = new("--fassungen") { HelpName = "ordner", Description = "Ordner der eingefrorenen Fassungen", DefaultValueFactory = _ => "fassungen" };

    public Option<string> Cache { get; } = new("--cache") { HelpName = "ordner", Description = "Ordner für bereits erzeugte Fassungen; darf fehlen oder gelöscht werden", DefaultValueFactory = _ => ".srodocs-cache" };

    public Option<string?> Theme { get; } = new("--theme") { HelpName = "ordner", Description = "Theme-Ordner (Standard: themes/default)" };

    public Option<string?> Stand { get; } = new("--stand") { HelpName = "datum", Description = "Stichtag der Erstellung im Format JJJJ-MM-TT (Standard: heute)" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { HelpName = "adresse", Description = "Öffentliche Adresse der Website für Feed und Sitemap (Standard: basis_url aus _data/site.yml)" };

    public Option<string> Prefix { get; } = new("--prefix") { HelpName = "pfad", Description = "Pfad, unter dem die Website liegt, z. B. /fassungen/2025-1/", DefaultValueFactory = _ => "/" };

    public Option<bool> WarningsAsErrors { get; } = new("--warnings-as-errors") { Description = "Warnungen wie Fehler behandeln" };

    public Option<bool> Timings { get; } = new("--zeitmessung") { Description = "Dauer jeder Phase ausgeben" };

    public Option<bool> WithoutSearch { get; } = new("--ohne-suche") { Description = "Die Website ohne Volltextsuche erstellen; Pagefind wird nicht aufgerufen" };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Fassungen);
        command.Options.Add(Cache);
        command.Options.Add(Theme);
        command.Options.Add(Stand);
        command.Options.Add(BaseUrl);
        command.Options.Add(Prefix);
        command.Options.Add(WarningsAsErrors);
        command.Options.Add(Timings);
        if (command.Name is "build" or "serve")
        {
            command.Options.Add(WithoutSearch);
        }
    }

    /// <summary>Reads the options into the site's folders and settings, or returns a German usage error.</summary>
    public (SiteRequest? Request, string? Error) Read(ParseResult result, string? outputRoot)
    {
        if (!TryReadStand(result.GetValue(Stand), out var stand, out var standError))
        {
            return (null, standError);
        }

        Uri? baseUrl = null;
        if (result.GetValue(BaseUrl) is { } url && !Site.Data.SiteConfig.TryParseBaseUrl(url, out baseUrl))
        {
            return (null, $"--base-url erwartet eine vollständige Adresse wie https://www.example.org/ (angegeben: '{url}').");
        }

        var prefix = "/" + result.GetValue(Prefix)!.Trim('/');
        var folders = new SiteFolders(result.GetValue(Content)!, result.GetValue(Theme) ?? DefaultTheme(), outputRoot, Environment.CurrentDirectory)
        {
            FassungenRoot = result.GetValue(Fassungen),
        };
        var search = outputRoot is null || result.GetValue(WithoutSearch)
            ? new Site.Search.SearchToolLookup(null, null)
            : Site.Search.SearchTool.Find(Environment.CurrentDirectory) is { Tool: not null } found ? found : Site.Search.SearchTool.Find(AppContext.BaseDirectory);
        return (new SiteRequest(folders, new Site.Publishing.FassungCache(result.GetValue(Cache)!), inputs => inputs with
        {
            Search = search.Tool,
            ReferenceDate = stand,
            BaseUrl = baseUrl,
            UrlPrefix = prefix.EndsWith('/') ? prefix : prefix + "/",
            WarningsAsErrors = result.GetValue(WarningsAsErrors),
        })
        {
            Search = search.Tool,
            SearchMissing = search.Missing,
        }, null);
    }

    /// <summary>The reference date <c>--stand</c> gives, today without it; false with a German error for a malformed date.</summary>
    public static bool TryReadStand(string? text, out DateOnly stand, out string? error)
    {
        stand = DateOnly.FromDateTime(DateTime.Today);
        error = null;
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out stand))
        {
            error = $"--stand erwartet ein Datum im Format JJJJ-MM-TT, z. B. 2025-07-01 (angegeben: '{text}').";
            return false;
        }

        return true;
    }

    /// <summary><c>themes/default</c> of the working folder, else the copy shipped next to the program.</summary>
    private static string DefaultTheme()
    {
        var local = Path.Combine("themes", "default");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "themes", "default");
    }
}

/// <summary>What a command asks to build: the folders, and the settings laid over the inputs made from them.</summary>
public sealed record SiteRequest(SiteFolders Folders, Site.Publishing.FassungCache Cache, Func<SiteInputs, SiteInputs> Settings)
{
    /// <summary>Why the site is built without search, in one German sentence; null when it has search or none was asked for.</summary>
    public string? SearchMissing { get; init; }

    /// <summary>The search engine the site is indexed with; null without search.</summary>
    public Site.Search.SearchTool? Search { get; init; }

    /// <summary>Builds (or, without an output folder, checks) the current state and every Fassung, with the content's git history as it is now.</summary>
    public Task<Site.Publishing.PublicationResult> RunAsync(CancellationToken token)
    {
        // git runs while the site definition is made and the folders are read.
        var git = ReadGitAsync(token);
        return RunAsync(SiteDefinition.Default(), null, null, git, token);
    }

    /// <summary>One of a series of builds (the preview's): the same definition, the previous build's results to take over, the output in memory.</summary>
    /// <param name="output">Where the build goes instead of the output folder; null for the folder.</param>
    public Task<Site.Publishing.PublicationResult> RunAsync(SiteDefinition site, Core.Pipelines.ChainMemo? memo, Core.IO.IOutputTarget? output, CancellationToken token) =>
        RunAsync(site, memo, output, ReadGitAsync(token), token);

    private Task<History.GitReading?> ReadGitAsync(CancellationToken token) => Task.Run(() => History.GitHistoryReader.ReadAsync(Folders.ContentRoot, token), token);

    private async Task<Site.Publishing.PublicationResult> RunAsync(SiteDefinition site, Core.Pipelines.ChainMemo? memo, Core.IO.IOutputTarget? output, Task<History.GitReading?> gitReading, CancellationToken token)
    {
        var (inputs, problems) = Folders.ToInputs();
        if (inputs is null)
        {
            return Site.Publishing.PublicationResult.NotRun(problems);
        }

        var git = await gitReading;

        var settings = Settings(git is null ? inputs : inputs with { History = git.History, ContentFolderInRepository = git.FolderInRepository });
        return await Site.Publishing.Publication.BuildAsync(site, output is null ? settings : settings with { Output = output }, Folders.Fassungen, Cache, token, memo);
    }
}
