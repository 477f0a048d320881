using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Output;

namespace SroDocs.Site.Discovery;

/// <summary>
/// <c>robots.txt</c>: every crawler may read everything, and the sitemap is named with its absolute address. Written by
/// the current state only; a Fassung lies below it.
/// </summary>
public sealed class RobotsTxt : ISiteFile
{
    public string Path => "robots.txt";

    public string Name => "robots.txt";

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Config, SiteValues.Inputs];

    public bool IsWrittenFor(SiteInputs inputs) => !inputs.IsFassung;

    public string Render(StepContext context) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {AbsoluteUrls.For(context).Of("/sitemap.xml")}\n";
}
