using SroDocs.Core.Pipelines;

namespace SroDocs.Site.Output;

/// <summary>Absolute addresses for places that need them (feed, sitemap, canonical link): base URL + prefix + path.</summary>
public sealed class AbsoluteUrls(Uri baseUrl, string urlPrefix)
{
    public string Of(string siteUrl) => new Uri(baseUrl, urlPrefix.Trim('/') is { Length: > 0 } prefix ? prefix + "/" + siteUrl.TrimStart('/') : siteUrl.TrimStart('/')).AbsoluteUri;

    /// <summary>The addresses of a build (reads <see cref="SiteValues.Inputs"/> and <see cref="SiteValues.Config"/>).</summary>
    public static AbsoluteUrls For(StepContext context)
    {
        var inputs = context.Read(SiteValues.Inputs);
        return new AbsoluteUrls(inputs.BaseUrl ?? context.Read(SiteValues.Config).BaseUrl, inputs.UrlPrefix);
    }
}
