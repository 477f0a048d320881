using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using YamlDotNet.Core;

namespace SroDocs.Site.Yaml;

/// <summary>
/// Turns a YAML parser failure into one German diagnostic at the place an author has to change: the opening quote
/// that is never closed, the bracket that is never closed, the indenting tab, the second of two equal keys. Failures
/// it does not recognise keep the parser's own words after a general hint.
/// </summary>
internal static class YamlSyntaxProblem
{
    public static Diagnostic Describe(YamlSource source, YamlErrors errors, YamlException exception)
    {
        var detail = exception.InnerException?.Message ?? exception.Message;
        if (detail.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var key = detail["Duplicate key".Length..].Trim();
            return YamlDiagnostics.DuplicateKey(errors, source.At(exception.Start), key);
        }

        if (detail.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return YamlDiagnostics.UnclosedQuote(errors, source.At(exception.Start));
        }

        if (detail.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(source) is { } tab)
        {
            return YamlDiagnostics.IndentingTab(errors, tab);
        }

        if (detail.Contains("flow sequence", StringComparison.Ordinal) || detail.Contains("flow mapping", StringComparison.Ordinal))
        {
            if (UnclosedBracket(source) is { } bracket)
            {
                return YamlDiagnostics.UnclosedBracket(errors, bracket.Location, bracket.Character);
            }
        }

        if (detail.Contains("invalid mapping", StringComparison.Ordinal) || detail.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            return YamlDiagnostics.UnexpectedColon(errors, source.At(exception.Start));
        }

        // The scanner sometimes marks the end of the last good token; the offending character is then at End.
        var mark = exception.End.Line > exception.Start.Line ? exception.End : exception.Start;
        return YamlDiagnostics.InvalidSyntax(errors, source.At(mark), detail);
    }

    /// <summary>For the parser's failures without a mark (some unclosed brackets): the bracket, else the last construct it understood.</summary>
    public static Diagnostic DescribeUnmarked(YamlSource source, YamlErrors errors) =>
        UnclosedBracket(source) is { } bracket
            ? YamlDiagnostics.UnclosedBracket(errors, bracket.Location, bracket.Character)
            : YamlDiagnostics.UnfinishedValue(errors, source.At(LastGoodMark(source.Text)));

    /// <summary>
    /// Events the document model could not place: reported at the last line before <paramref name="stopped"/> (where
    /// the model gave up) that holds only a colon or begins with ': ' – a key is missing there; without such a line as
    /// an unfinished value.
    /// </summary>
    public static Diagnostic DescribeUnplaced(YamlSource source, YamlErrors errors, Mark? stopped)
    {
        var lines = source.Text.Split('\n');
        var last = stopped is { } mark ? Math.Min(lines.Length, (int)mark.Line) : lines.Length;
        for (var i = last - 1; i >= 0; i--)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ').Length;
            var rest = lines[i].AsSpan(indent).TrimEnd();
            if (rest is ":" || rest.StartsWith(": "))
            {
                return YamlDiagnostics.KeyMissing(errors, new SourceLocation(source.Path, i + 1 + source.LineOffset, indent + 1));
            }
        }

        return DescribeUnmarked(source, errors);
    }

    /// <summary>YAML forbids tabs for indentation, and the parser reports them at the enclosing mapping; point at the tab instead.</summary>
    private static SourceLocation? FirstIndentingTab(YamlSource source)
    {
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent)
            {
                return new SourceLocation(source.Path, i + 1 + source.LineOffset, tab + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// The first <c>[</c> or <c>{</c> that is still open at the end of its line's value and never closed, ignoring
    /// brackets inside quotes and comments. Flow collections may span lines, so the scan runs over the whole text.
    /// </summary>
    private static (SourceLocation Location, char Character)? UnclosedBracket(YamlSource source)
    {
        var open = new Stack<(int Line, int Column, char Character)>();
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var quote = '\0';
            for (var j = 0; j < line.Length; j++)
            {
                var c = line[j];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                    continue;
                }

                switch (c)
                {
                    case '"' or '\'' when j == 0 || line[j - 1] is ' ' or '[' or '{' or ',' or ':':
                        quote = c;
                        break;
                    case '#' when j == 0 || line[j - 1] == ' ':
                        j = line.Length;
                        break;
                    case '[' or '{':
                        open.Push((i, j, c));
                        break;
                    case ']' or '}' when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }

        if (open.Count == 0)
        {
            return null;
        }

        var first = open.Last();
        return (new SourceLocation(source.Path, first.Line + 1 + source.LineOffset, first.Column + 1), first.Character);
    }

    private static Mark LastGoodMark(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.Scalar)
                {
                    last = parser.Current.Start;
                }
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
        }

        return last;
    }
}
