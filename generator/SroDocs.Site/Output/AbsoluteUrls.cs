using System.Buffers;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site.Output;

/// <summary>Absolute addresses for places that need them (feed, sitemap, canonical link): base URL + prefix + path.</summary>
public sealed class AbsoluteUrls(Uri baseUrl, string urlPrefix)
{
    /// <summary>Characters that <see cref="Uri"/> leaves as they are in a path: an address made only of these is joined, not parsed.</summary>
    private static readonly SearchValues<char> PlainPathCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_~./");

    private readonly string _prefix = urlPrefix.Trim('/');

    /// <summary>The base address when a relative path is simply appended to it (a folder address without query or fragment).</summary>
    private readonly string? _plainRoot = baseUrl.IsAbsoluteUri && baseUrl.Query.Length == 0 && baseUrl.Fragment.Length == 0 && baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl.AbsoluteUri : null;

    public string Of(string siteUrl)
    {
        var relative = _prefix.Length > 0 ? _prefix + "/" + siteUrl.TrimStart('/') : siteUrl.TrimStart('/');
        return _plainRoot is { } root && IsPlain(relative) ? root + relative : new Uri(baseUrl, relative).AbsoluteUri;
    }

    /// <summary>Plain characters, no dot segment and no empty one: <see cref="Uri"/> would change nothing in it.</summary>
    private static bool IsPlain(string relative) =>
        !relative.AsSpan().ContainsAnyExcept(PlainPathCharacters)
        && !relative.StartsWith('.') && !relative.Contains("/.", StringComparison.Ordinal) && !relative.Contains("//", StringComparison.Ordinal);

    /// <summary>The addresses of a build (reads <see cref="SiteValues.Inputs"/> and <see cref="SiteValues.Config"/>).</summary>
    public static AbsoluteUrls For(StepContext context)
    {
        var inputs = context.Read(SiteValues.Inputs);
        return new AbsoluteUrls(inputs.BaseUrl ?? context.Read(SiteValues.Config).BaseUrl, inputs.UrlPrefix);
    }
}
