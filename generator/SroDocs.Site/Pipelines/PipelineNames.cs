namespace SroDocs.Site.Pipelines;

/// <summary>The names of the site's own pipelines, in the order they run within each phase.</summary>
public static class PipelineNames
{
    public const string Theme = "theme";
    public const string Data = "data";
    public const string Assets = "assets";
    public const string Content = "content";
    public const string Generated = "generated";
    public const string Files = "files";
    public const string Redirects = "redirects";
    public const string Index = "index";
    public const string Checks = "checks";
}
