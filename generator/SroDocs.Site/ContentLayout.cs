namespace SroDocs.Site;

/// <summary>The fixed names of the content folder's conventions (after Hugo).</summary>
public static class ContentLayout
{
    /// <summary>YAML data files: site settings, taxonomy, glossary, milestones.</summary>
    public const string DataFolder = "_data";

    /// <summary>Theme files of the site that override the theme's own (layouts/, partials/, assets/).</summary>
    public const string ThemeOverrideFolder = "_theme";

    /// <summary>A section's own page.</summary>
    public const string SectionIndex = "_index.md";

    public const string SiteFile = "site.yml";
    public const string TaxonomyFile = "taxonomie.yml";
    public const string GlossaryFile = "glossar.yml";
    public const string MilestonesFile = "meilensteine.yml";
    public const string SteckbriefFile = "steckbrief.yml";

    /// <summary>The names a data file may have, in the order they are looked for: <c>taxonomie.yml</c>, else <c>taxonomie.yaml</c>.</summary>
    public static IReadOnlyList<string> DataFileNames(string fileName) => [fileName, Path.ChangeExtension(fileName, ".yaml")];

    /// <summary>Files and folders starting with '_' or '.' are not pages (except <c>_index.md</c>).</summary>
    public static bool IsHidden(string name) => (name.StartsWith('_') && name != SectionIndex) || name.StartsWith('.');
}
