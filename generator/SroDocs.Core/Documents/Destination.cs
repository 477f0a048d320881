namespace SroDocs.Core.Documents;

/// <summary>Whether and where a document is written, relative to the output root.</summary>
public abstract record Destination
{
    /// <summary>The document takes part in the build but is not written (data files, templates).</summary>
    public static readonly Destination None = new NotWritten();

    public static Destination File(string path) => new OutputFile(path);
}

/// <summary>The document is not written.</summary>
public sealed record NotWritten : Destination;

/// <summary>The document is written to <paramref name="Path"/> (relative, with '/', e.g. <c>a/b/index.html</c>).</summary>
public sealed record OutputFile(string Path) : Destination;
