using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site.Output;

/// <summary>
/// A file of the site that is not a page (the Atom feed, the sitemap …), registered with
/// <see cref="SiteBuilder.SiteFiles"/>. Its path is known before rendering; its text is made once every page is known.
/// </summary>
public interface ISiteFile
{
    /// <summary>The output path, e.g. <c>sitemap.xml</c>.</summary>
    string Path { get; }

    /// <summary>How diagnostics name the file.</summary>
    string Name { get; }

    IReadOnlyList<IDataKey> Reads { get; }

    /// <summary>False for a build that has no such file (robots.txt and sitemap exist once, at the current state's root, not in each Fassung).</summary>
    bool IsWrittenFor(SiteInputs inputs) => true;

    string Render(StepContext context);
}
