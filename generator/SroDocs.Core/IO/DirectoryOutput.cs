namespace SroDocs.Core.IO;

/// <summary>
/// A folder on disk as output. Files are staged in a hidden sibling folder and swapped in by
/// <see cref="AtomicDirectoryWriter"/>, so readers always see a complete old or new site.
/// </summary>
public sealed class DirectoryOutput(string folder, string display) : IOutputTarget
{
    public string Folder { get; } = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);

    public string Display { get; } = display;

    public IOutputStaging BeginStaging() => new AtomicDirectoryWriter(Folder);
}
