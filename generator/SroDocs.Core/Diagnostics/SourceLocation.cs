namespace SroDocs.Core.Diagnostics;

/// <summary>A place in a source file. Line and column are one-based; the path is as shown to authors.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation FileOnly(string path) => new(path, 0, 0);

    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Math.Max(Column, 1)}" : Path;
}
