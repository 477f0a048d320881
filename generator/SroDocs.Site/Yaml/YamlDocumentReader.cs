using SroDocs.Core.Diagnostics;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SroDocs.Site.Yaml;

/// <summary>
/// Parses YAML text into a <see cref="YamlMap"/>, turning syntax errors into located diagnostics. Anchors, aliases and
/// merge keys are refused where they are written, before anything is built from them: authors never need them, and
/// they are what expansion bombs are made of. So are values with control characters (written as escapes such as
/// <c>"\x1e"</c>): no page, feed or sitemap can hold them.
/// </summary>
public static class YamlDocumentReader
{
    public static YamlMap? Read(YamlSource source, YamlErrors errors, ICollection<Diagnostic> sink)
    {
        var stream = new YamlStream();
        var parser = new GuardedParser(new Parser(new StringReader(source.Text)));
        try
        {
            stream.Load(parser);
        }
        catch (RefusedException refused)
        {
            sink.Add(refused.Describe(errors, source.At(refused.Start)));
            return null;
        }
        catch (YamlException exception)
        {
            sink.Add(YamlSyntaxProblem.Describe(source, errors, exception));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a mark, on some unclosed brackets.
            sink.Add(YamlSyntaxProblem.DescribeUnmarked(source, errors));
            return null;
        }
        catch (ArgumentException)
        {
            // The parser passed on events YamlDotNet's document model cannot place: after a line that begins with ': '
            // it gives a value without its key, and the mapping's keys and values are out of step until its end.
            sink.Add(YamlSyntaxProblem.DescribeUnplaced(source, errors, parser.Current?.Start));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap(new YamlMappingNode(), source, errors, sink);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            sink.Add(YamlDiagnostics.RootNotAMapping(errors, source.At(stream.Documents[0].RootNode.Start)));
            return null;
        }

        return new YamlMap(root, source, errors, sink);
    }

    /// <summary>Passes the parser's events on and stops at the first anchor, alias, merge key or control character.</summary>
    private sealed class GuardedParser(IParser inner) : IParser
    {
        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.AnchorAlias alias:
                    throw RefusedException.Alias(alias.Start, $"*{alias.Value}");
                case YamlDotNet.Core.Events.NodeEvent { Anchor.IsEmpty: false } node:
                    throw RefusedException.Alias(node.Start, $"&{node.Anchor}");
                case YamlDotNet.Core.Events.Scalar { Value: "<<", Style: ScalarStyle.Plain } merge:
                    throw RefusedException.Alias(merge.Start, "<<");
                case YamlDotNet.Core.Events.Scalar scalar when TextFiles.FirstControlCharacter(scalar.Value) is { } control:
                    throw new RefusedException(scalar.Start, (errors, location) => YamlDiagnostics.ControlCharacter(errors, location, control));
            }

            return moved;
        }
    }

    private sealed class RefusedException(Mark start, Func<YamlErrors, SourceLocation, Diagnostic> describe) : Exception
    {
        public Mark Start { get; } = start;

        public Func<YamlErrors, SourceLocation, Diagnostic> Describe { get; } = describe;

        public static RefusedException Alias(Mark start, string what) =>
            new(start, (errors, location) => YamlDiagnostics.AliasNotAllowed(errors, location, what));
    }
}
