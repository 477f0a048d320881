namespace SroDocs.Site.Links;

/// <summary>
/// What a link in a page points to: an external address (left alone), a site path (to be made relative),
/// or nothing, with the diagnostic code and German message that explain why.
/// </summary>
public sealed record LinkResolution(string? SiteUrl, string? ErrorCode, string? Message)
{
    public static readonly LinkResolution External = new(null, null, null);

    public bool IsBroken => ErrorCode is not null;

    public static LinkResolution To(string siteUrl) => new(siteUrl, null, null);

    public static LinkResolution Broken(string code, string message) => new(null, code, message);
}
