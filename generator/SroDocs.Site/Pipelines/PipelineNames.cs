namespace SroDocs.Site.Pipelines;

/// <summary>The names of the site's pipelines, in the order they run within each phase.</summary>
public static class PipelineNames
{
    public const string Data = "data";
    public const string Theme = "theme";
    public const string Assets = "assets";
    public const string Pages = "pages";
    public const string Content = "content";
    public const string Output = "output";
}
