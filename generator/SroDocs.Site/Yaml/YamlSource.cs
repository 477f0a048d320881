using SroDocs.Core.Diagnostics;
using YamlDotNet.Core;

namespace SroDocs.Site.Yaml;

/// <summary>
/// A YAML text and where it sits in its file: <paramref name="LineOffset"/> lines precede it
/// (the opening <c>---</c> of front matter, for example), so locations point into the real file.
/// </summary>
public sealed record YamlSource(string Path, string Text, int LineOffset)
{
    public SourceLocation At(Mark mark) => new(Path, (int)mark.Line + LineOffset, (int)mark.Column);
}
