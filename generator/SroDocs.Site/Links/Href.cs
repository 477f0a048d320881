namespace SroDocs.Site.Links;

/// <summary>An address split into path, query and fragment (the fragment unescaped): the one place that splits them.</summary>
public readonly record struct Href(string Path, string? Query, string? Fragment)
{
    public static Href Parse(string href)
    {
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var beforeHash = hash >= 0 ? href[..hash] : href;
        var question = beforeHash.IndexOf('?');
        return question >= 0
            ? new Href(beforeHash[..question], beforeHash[(question + 1)..], fragment)
            : new Href(beforeHash, null, fragment);
    }

    /// <summary>The address with the fragment re-attached (the query is dropped: site pages have none).</summary>
    public static string WithFragment(string path, string? fragment) => fragment is null ? path : path + "#" + fragment;
}
