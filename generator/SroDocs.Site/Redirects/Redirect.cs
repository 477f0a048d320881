using SroDocs.Core.Documents;

namespace SroDocs.Site.Redirects;

/// <summary>A former address of a page (front matter <c>aliases:</c>) that sends readers to the page's address now.</summary>
/// <param name="From">The former address, a site path like <c>/bausteine/alter-name/</c>.</param>
/// <param name="To">The page's address now.</param>
/// <param name="Title">The page's title, for the visible link.</param>
public sealed record Redirect(string From, string To, string Title)
{
    /// <summary>The redirect a document writes (its metadata).</summary>
    public static readonly DataKey<Redirect> Key = new("redirect");
}
