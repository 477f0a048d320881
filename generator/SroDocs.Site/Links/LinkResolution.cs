using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Links;

/// <summary>
/// What a link in a page points to: an external address (left alone), a site path (to be made relative),
/// or nothing, with the diagnostic (from <see cref="LinkDiagnostics"/>, not yet placed) that explains why.
/// </summary>
public sealed record LinkResolution(string? SiteUrl, Diagnostic? Problem)
{
    public static readonly LinkResolution External = new(null, null);

    public bool IsBroken => Problem is not null;

    public static LinkResolution To(string siteUrl) => new(siteUrl, null);

    public static LinkResolution Broken(Diagnostic problem) => new(null, problem);
}
