namespace SroDocs.Site.Authoring;

/// <summary>What <c>new</c> needs to know of a page already there: the Baustein it describes and its weight.</summary>
public sealed record ExistingPage(string ContentPath, string? Baustein, int? Weight)
{
    /// <summary>
    /// The folder whose pages it is ordered among by weight: its own folder for a page, the folder above for a section's
    /// <c>_index.md</c>; null for the home page.
    /// </summary>
    public string? NavigationFolder => NavigationFolderOf(ContentPath);

    /// <inheritdoc cref="NavigationFolder"/>
    public static string? NavigationFolderOf(string contentPath)
    {
        var parts = contentPath.Split('/');
        var folder = parts[..^1];
        if (parts[^1] != ContentLayout.SectionIndex)
        {
            return string.Join('/', folder);
        }

        return folder.Length == 0 ? null : string.Join('/', folder[..^1]);
    }
}
