namespace SroDocs.Site.Search;

/// <summary>
/// Pagefind, the search engine the site's full-text search is built with: the npm package <c>pagefind</c> (pinned in
/// <c>package-lock.json</c>, installed with <c>npm ci</c>) run with Node.js. It indexes the written site and ships
/// the chunked index and its WebAssembly next to the pages, so a query loads only what it needs, from the site itself.
/// </summary>
/// <param name="Node">The Node.js program.</param>
/// <param name="Runner">Pagefind's launcher script in <c>node_modules</c>.</param>
public sealed record SearchTool(string Node, string Runner)
{
    /// <summary>Where the search index and its scripts are written, below the site root.</summary>
    public const string Folder = "pagefind";

    /// <summary>
    /// Pagefind from <c>node_modules</c> in <paramref name="start"/> or a folder above it, run by the <c>node</c> on the
    /// PATH; otherwise the German sentence saying what is missing.
    /// </summary>
    public static SearchToolLookup Find(string start)
    {
        var runner = Ancestors(Path.GetFullPath(start))
            .Select(folder => Path.Combine(folder, "node_modules", "pagefind", "lib", "runner", "bin.cjs"))
            .FirstOrDefault(File.Exists);
        if (runner is null)
        {
            return new SearchToolLookup(null, "Die Website wird ohne Suche erstellt, weil Pagefind fehlt (im Hauptordner „npm ci“ ausführen).");
        }

        var node = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);
        return node is null
            ? new SearchToolLookup(null, "Die Website wird ohne Suche erstellt, weil Node.js fehlt (Pagefind braucht es).")
            : new SearchToolLookup(new SearchTool(node, runner), null);
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            yield return current.FullName;
        }
    }
}

/// <summary>The search tool where it was found, else why not (one German sentence).</summary>
public sealed record SearchToolLookup(SearchTool? Tool, string? Missing);
