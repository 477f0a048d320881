using System.Text;
using System.Text.RegularExpressions;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Pages;

namespace SroDocs.Site.Discovery;

/// <summary>
/// For pages whose kind asks for it (<see cref="PageKind.LinksFromSiteRoot"/>, the 404 page): every relative link and
/// resource (<c>href</c>, <c>src</c>, <c>action</c>) becomes a path from the server's root with the site's URL prefix,
/// so the page works wherever the server shows it (<c>/a/b/c/</c> as well as <c>/</c>). Such a page lies in the root
/// folder, so its relative links are already paths from the site root. The page is the renderer's own output (every
/// attribute value in double quotes, text escaped), so its attributes are found in the text without parsing it again.
/// </summary>
public sealed partial class LinksFromSiteRoot : DocumentStep
{
    public override StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs);

    protected override bool Applies(Document document) =>
        document.Metadata.Contains(SiteKeys.Page) && document.Get(SiteKeys.Page).Kind.LinksFromSiteRoot && document.Content is BinaryContent;

    protected override Document Process(Document document, StepContext context)
    {
        var page = document.Get(SiteKeys.Page);
        if (page.Url.LastIndexOf('/') != 0)
        {
            throw new InvalidOperationException($"'{page.Url}' must lie in the site's root folder to have its links written from the root.");
        }

        var prefix = context.Read(SiteValues.Inputs).UrlPrefix.Trim('/') is { Length: > 0 } path ? $"/{path}/" : "/";
        var html = Encoding.UTF8.GetString(((BinaryContent)document.Content).Bytes);
        var rewritten = LinkAttribute().Replace(html, match => $"{match.Groups["name"].Value}=\"{FromRoot(match.Groups["value"].Value, prefix)}\"");
        return document with { Content = new BinaryContent(Encoding.UTF8.GetBytes(rewritten)) };
    }

    /// <summary>An <c>href</c>, <c>src</c> or <c>action</c> attribute inside a start tag (after the tag name and a space).</summary>
    [GeneratedRegex(@"(?<=<[a-zA-Z][^<>]*\s)(?<name>href|src|action)=""(?<value>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();

    /// <summary><c>assets/site.css</c> → <c>/prefix/assets/site.css</c>; <c>./</c> → <c>/prefix/</c>; anchors, root paths and other schemes stay.</summary>
    public static string FromRoot(string address, string prefix)
    {
        var trimmed = address.Trim();
        if (trimmed.Length == 0 || trimmed[0] is '#' or '/' || trimmed.Contains(':', StringComparison.Ordinal))
        {
            return address;
        }

        return prefix + (trimmed.StartsWith("./", StringComparison.Ordinal) ? trimmed[2..] : trimmed);
    }
}
