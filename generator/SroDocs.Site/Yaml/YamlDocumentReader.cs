using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SroDocs.Site.Yaml;

/// <summary>
/// Parses YAML text into a <see cref="YamlMap"/>, turning syntax errors into located diagnostics. Anchors, aliases and
/// merge keys are refused where they are written, before anything is built from them: authors never need them, and
/// they are what expansion bombs are made of.
/// </summary>
public static class YamlDocumentReader
{
    public static YamlMap? Read(YamlSource source, YamlErrors errors, ICollection<Diagnostic> sink)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new NoAliasesParser(new Parser(new StringReader(source.Text))));
        }
        catch (AliasFoundException alias)
        {
            sink.Add(YamlDiagnostics.AliasNotAllowed(errors, source.At(alias.Start), alias.What));
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

    /// <summary>Passes the parser's events on and stops at the first anchor, alias or merge key.</summary>
    private sealed class NoAliasesParser(IParser inner) : IParser
    {
        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.AnchorAlias alias:
                    throw new AliasFoundException(alias.Start, $"*{alias.Value}");
                case YamlDotNet.Core.Events.NodeEvent { Anchor.IsEmpty: false } node:
                    throw new AliasFoundException(node.Start, $"&{node.Anchor}");
                case YamlDotNet.Core.Events.Scalar { Value: "<<", Style: ScalarStyle.Plain } merge:
                    throw new AliasFoundException(merge.Start, "<<");
            }

            return moved;
        }
    }

    private sealed class AliasFoundException(Mark start, string what) : Exception(what)
    {
        public Mark Start { get; } = start;

        public string What { get; } = what;
    }
}
