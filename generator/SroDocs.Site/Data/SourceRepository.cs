using SroDocs.Site.Diagnostics;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Data;

/// <summary>
/// The repository the content lives in (<c>repository</c> and <c>repository_zweig</c> in <c>_data/site.yml</c>), for
/// prepared issues and "Diese Seite auf GitHub bearbeiten" links. Only an https address is taken.
/// </summary>
/// <param name="Address">The repository's web address, e.g. <c>https://github.com/stadt/fachkonzept</c>.</param>
/// <param name="Branch">The branch edits start from.</param>
public sealed record SourceRepository(Uri Address, string Branch)
{
    public const string AddressKey = "repository";
    public const string BranchKey = "repository_zweig";
    public const string DefaultBranch = "main";

    /// <summary>The address without a trailing slash, for appending paths.</summary>
    public string Root => Address.AbsoluteUri.TrimEnd('/');

    /// <summary>
    /// The edit page of a content file: <c>{repository}/edit/{branch}/{folder}/{path}</c>, each path segment escaped.
    /// </summary>
    /// <param name="folder">The content folder's path in the repository, e.g. <c>content</c>; empty when it is the repository's root.</param>
    /// <param name="contentPath">The file's path in the content folder, with '/'.</param>
    public string EditUrl(string folder, string contentPath) =>
        string.Join('/', new[] { Root, "edit", Escape(Branch), Escape(folder), Escape(contentPath) }.Where(part => part.Length > 0));

    /// <summary>The repository of the site settings, or null where none is configured or its address or branch is unusable (reported at the value).</summary>
    public static SourceRepository? Read(YamlMap map)
    {
        var branch = DefaultBranch;
        if (map.String(BranchKey) is { } branchText)
        {
            if (IsBranchName(branchText))
            {
                branch = branchText;
            }
            else
            {
                map.Report(DataDiagnostics.InvalidRepositoryBranch(map.ValueLocation(BranchKey), branchText));
            }
        }

        if (map.String(AddressKey) is not { } text)
        {
            return null;
        }

        if (ParseAddress(text) is not { } address)
        {
            map.Report(DataDiagnostics.InvalidRepository(map.ValueLocation(AddressKey), text));
            return null;
        }

        return new SourceRepository(address, branch);
    }

    /// <summary>An absolute https address of a repository (a host and a path; no user, query or fragment), or null.</summary>
    public static Uri? ParseAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttps && parsed.Host.Length > 0
        && parsed.UserInfo.Length == 0 && parsed.Query.Length == 0 && parsed.Fragment.Length == 0 && parsed.AbsolutePath.Trim('/').Length > 0
            ? parsed
            : null;

    /// <summary>A name git accepts for a branch (the rules of <c>git check-ref-format</c>, simplified to what matters in an address).</summary>
    public static bool IsBranchName(string name) =>
        name.Length > 0
        && !name.StartsWith('/') && !name.EndsWith('/') && !name.StartsWith('.') && !name.EndsWith('.') && !name.StartsWith('-')
        && !name.EndsWith(".lock", StringComparison.Ordinal)
        && !name.Contains("..", StringComparison.Ordinal) && !name.Contains("//", StringComparison.Ordinal) && !name.Contains("@{", StringComparison.Ordinal)
        && !name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "~^:?*[\\".Contains(c));

    private static string Escape(string path) => string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
}
