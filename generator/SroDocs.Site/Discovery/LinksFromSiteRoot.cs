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
/// folder, so its relative links are already paths from the site root. The attributes are found in the rendered text
/// without parsing the page again: start tags (attribute values in double, single or no quotes, any letter case),
/// skipping comments; text never holds a raw <c>&lt;</c> (Markdig and Handlebars escape it).
/// </summary>
public sealed partial class LinksFromSiteRoot : DocumentStep
{
    private static readonly HashSet<string> Links = new(["href", "src", "action"], StringComparer.OrdinalIgnoreCase);

    public override StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs);

    protected override bool Applies(Document document) =>
        document.Metadata.Contains(SiteKeys.Page) && document.Get(SiteKeys.Page).Kind.LinksFromSiteRoot && document.Content is BinaryContent or LentBytes;

    protected override Document Process(Document document, StepContext context)
    {
        var page = document.Get(SiteKeys.Page);
        if (page.Url.LastIndexOf('/') != 0)
        {
            throw new InvalidOperationException($"'{page.Url}' must lie in the site's root folder to have its links written from the root.");
        }

        var prefix = context.Read(SiteValues.Inputs).UrlPrefix.Trim('/') is { Length: > 0 } path ? $"/{path}/" : "/";
        string html;
        if (document.Content is LentBytes lent)
        {
            // Read once and replaced below: the lent buffer goes back, as it does when the output writes it.
            html = Encoding.UTF8.GetString(lent.Bytes);
            lent.GiveBack();
        }
        else
        {
            html = Encoding.UTF8.GetString(((BinaryContent)document.Content).Bytes);
        }

        var rewritten = StartTagOrComment().Replace(html, tag => tag.Value.StartsWith("<!--", StringComparison.Ordinal)
            ? tag.Value
            : Attribute().Replace(tag.Value, attribute => RewriteLink(attribute, prefix)));
        return document with { Content = new BinaryContent(Encoding.UTF8.GetBytes(rewritten)) };
    }

    /// <summary>The attribute with its value from the root where it is a link (<c>href</c>, <c>src</c>, <c>action</c>), else as it was.</summary>
    private static string RewriteLink(Match attribute, string prefix)
    {
        var value = attribute.Groups["value"];
        if (!value.Success || !Links.Contains(attribute.Groups["name"].Value))
        {
            return attribute.Value;
        }

        var at = value.Index - attribute.Index;
        return attribute.Value[..at] + FromRoot(value.Value, prefix) + attribute.Value[(at + value.Length)..];
    }

    /// <summary>A comment, or a start tag with its attributes (a quoted value may hold '&gt;').</summary>
    [GeneratedRegex("""<!--.*?-->|<[a-zA-Z][^\s/>]*(?:\s+[^\s"'=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>""", RegexOptions.Singleline)]
    private static partial Regex StartTagOrComment();

    /// <summary>One attribute of a start tag, taken one after the other (so a quoted value is never searched), its value in double, single or no quotes.</summary>
    [GeneratedRegex("""\s+(?<name>[^\s"'=/>]+)(?:\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+)))?""")]
    private static partial Regex Attribute();

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
