using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SroDocs.Site.Templates.Direct;

/// <summary>
/// Reads a template as <see cref="DirectTemplate"/> where it uses only what that renders, and gives null for anything
/// else (whitespace control, <c>#with</c>, <c>../</c>, block parameters, escaped braces …): Handlebars renders those.
/// The template must already have compiled with Handlebars, so its errors are Handlebars' to report. Lines that hold
/// only a block tag, a comment or a partial call are taken out as Handlebars.Net takes them out.
/// </summary>
public static partial class DirectTemplateParser
{
    /// <summary>
    /// Names Handlebars treats as its own helpers or as literals (<c>true</c>, <c>null</c> …); a template using them
    /// as values is left to Handlebars.
    /// </summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "if", "unless", "each", "with", "lookup", "log", "else", "true", "false", "null", "undefined" };

    public static DirectTemplate? Parse(string text, IReadOnlyCollection<TemplateHelper> helpers)
    {
        if (text.Contains('\r') || text.Contains("\\{", StringComparison.Ordinal) || text.Contains("\\\\", StringComparison.Ordinal))
        {
            return null;
        }

        var tokens = Tokenize(text, helpers);
        return tokens is null ? null : Build(RemoveStandaloneLines(tokens));
    }

    /// <summary>Text between tags, always one before each tag (perhaps empty), as Handlebars.Net's tokenizer makes it.</summary>
    private sealed class StaticText(string original)
    {
        public string Original { get; } = original;

        public string Value { get; set; } = original;
    }

    private enum TagKind
    {
        Value,
        Helper,
        Open,
        Else,
        Close,
        Partial,
        Comment,
    }

    /// <summary>One <c>{{…}}</c>: what it is, and for blocks the block's name (<c>if</c>, <c>unless</c>, <c>each</c>).</summary>
    private sealed record Tag(TagKind Kind, string Name = "", ValuePath? Path = null, bool Escaped = true, TemplateHelper? Helper = null, ImmutableArray<HelperArgument> Arguments = default)
    {
        public bool MayStandAlone => Kind is TagKind.Open or TagKind.Else or TagKind.Close or TagKind.Partial or TagKind.Comment;
    }

    private static List<object>? Tokenize(string text, IReadOnlyCollection<TemplateHelper> helpers)
    {
        var tokens = new List<object>();
        var position = 0;
        while (true)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                if (position < text.Length)
                {
                    tokens.Add(new StaticText(text[position..]));
                }

                return tokens;
            }

            tokens.Add(new StaticText(text[position..open]));
            if (ReadTag(text, open, helpers) is not { } read)
            {
                return null;
            }

            tokens.Add(read.Tag);
            position = read.End;
        }
    }

    private static (Tag Tag, int End)? ReadTag(string text, int open, IReadOnlyCollection<TemplateHelper> helpers)
    {
        if (text.AsSpan(open).StartsWith("{{!--"))
        {
            // Handlebars.Net reads a comment's dashes in pairs: one with a run of dashes inside is left to it.
            var end = text.IndexOf("--}}", open + 5, StringComparison.Ordinal);
            return end < 0 || !IsPlainComment(text.AsSpan(open + 5, end - open - 5), dashes: true) ? null : (new Tag(TagKind.Comment), end + 4);
        }

        if (text.AsSpan(open).StartsWith("{{!"))
        {
            // A short comment ends at its first '}'.
            var end = text.IndexOf("}}", open + 3, StringComparison.Ordinal);
            return end < 0 || !IsPlainComment(text.AsSpan(open + 3, end - open - 3), dashes: false) ? null : (new Tag(TagKind.Comment), end + 2);
        }

        var triple = text.AsSpan(open).StartsWith("{{{");
        var start = open + (triple ? 3 : 2);
        var close = text.IndexOf(triple ? "}}}" : "}}", start, StringComparison.Ordinal);
        if (close < 0 || (start < text.Length && text[start] is '{' or '~'))
        {
            return null;
        }

        var after = close + (triple ? 3 : 2);
        if (after < text.Length && text[after] == '}')
        {
            return null;
        }

        var inner = text[start..close];
        if (inner.Contains('{') || inner.Contains('}') || inner.Contains('~'))
        {
            return null;
        }

        var tag = triple ? ReadValue(inner.Trim(), escaped: false, helpers) : ReadStatement(inner.Trim(), helpers);
        return tag is null ? null : (tag, after);
    }

    /// <summary>
    /// A comment Handlebars.Net reads as the direct parser does: no <c>{{!&lt; layout}}</c>, no brace, and for a
    /// <c>{{!-- --}}</c> comment no dash next to another dash or at either end.
    /// </summary>
    private static bool IsPlainComment(ReadOnlySpan<char> body, bool dashes) =>
        !body.TrimStart().StartsWith("<") && !body.ContainsAny('{', '}')
        && (dashes ? !body.Contains("--", StringComparison.Ordinal) && !body.StartsWith("-") && !body.EndsWith("-") : !body.StartsWith("-"));

    private static Tag? ReadStatement(string inner, IReadOnlyCollection<TemplateHelper> helpers)
    {
        if (inner == "else")
        {
            return new Tag(TagKind.Else);
        }

        if ((inner.StartsWith('#') || inner.StartsWith('/')) && (inner.Length == 1 || char.IsWhiteSpace(inner[1])))
        {
            // "{{# if}}": how Handlebars reads a block name after a space is its own affair.
            return null;
        }

        if (inner.StartsWith('#'))
        {
            return Words(inner[1..]) is [var name and ("if" or "unless" or "each"), var path] && ReadPath(path, helpers) is { } read
                ? new Tag(TagKind.Open, name, read)
                : null;
        }

        if (inner.StartsWith('/'))
        {
            var name = inner[1..].Trim();
            return name is "if" or "unless" or "each" ? new Tag(TagKind.Close, name) : null;
        }

        if (inner.StartsWith('>'))
        {
            var name = inner[1..].Trim();
            return PartialName().IsMatch(name) ? new Tag(TagKind.Partial, name) : null;
        }

        return ReadValue(inner, escaped: true, helpers);
    }

    /// <summary><c>{{path}}</c>, or <c>{{helper argument …}}</c> with paths and quoted texts as arguments.</summary>
    private static Tag? ReadValue(string inner, bool escaped, IReadOnlyCollection<TemplateHelper> helpers)
    {
        if (Words(inner) is not { Count: > 0 } words)
        {
            return null;
        }

        if (words.Count == 1)
        {
            return ReadPath(words[0], helpers) is { } path ? new Tag(TagKind.Value, Path: path, Escaped: escaped) : null;
        }

        if (helpers.FirstOrDefault(h => h.Name == words[0]) is not { } helper)
        {
            return null;
        }

        var arguments = new List<HelperArgument>();
        foreach (var word in words.Skip(1))
        {
            if (word[0] == '"')
            {
                arguments.Add(new TextArgument(word[1..^1]));
            }
            else if (ReadPath(word, helpers) is { } path)
            {
                arguments.Add(new PathArgument(path));
            }
            else
            {
                return null;
            }
        }

        return new Tag(TagKind.Helper, Helper: helper, Arguments: [.. arguments], Escaped: escaped);
    }

    /// <summary>
    /// The words of a tag, separated by whitespace: names, or texts in double quotes that stand alone. Null where a quote
    /// touches a name (<c>a"b"</c>) or a backslash appears: Handlebars reads those differently.
    /// </summary>
    private static List<string>? Words(string inner)
    {
        if (inner.Contains('\\'))
        {
            return null;
        }

        var words = new List<string>();
        var at = 0;
        while (at < inner.Length)
        {
            if (char.IsWhiteSpace(inner[at]))
            {
                at++;
                continue;
            }

            var end = at;
            if (inner[at] == '"')
            {
                end = inner.IndexOf('"', at + 1);
                if (end < 0)
                {
                    return null;
                }

                end++;
            }
            else
            {
                while (end < inner.Length && !char.IsWhiteSpace(inner[end]))
                {
                    end++;
                }
            }

            var word = inner[at..end];
            if ((end < inner.Length && !char.IsWhiteSpace(inner[end])) || (word[0] != '"' && word.Contains('"')))
            {
                return null;
            }

            words.Add(word);
            at = end;
        }

        return words;
    }

    /// <summary><c>this</c>, <c>@index</c>/<c>@first</c>/<c>@last</c>, or names joined by dots; null for anything else.</summary>
    private static ValuePath? ReadPath(string word, IReadOnlyCollection<TemplateHelper> helpers)
    {
        switch (word)
        {
            case "this":
                return ValuePath.This;
            case "@index":
                return ValuePath.Of(LoopVariable.Index);
            case "@first":
                return ValuePath.Of(LoopVariable.First);
            case "@last":
                return ValuePath.Of(LoopVariable.Last);
        }

        var members = word.Split('.');
        if (!members.All(m => MemberName().IsMatch(m) && m != "this")
            || members.Any(Reserved.Contains)
            || helpers.Any(h => string.Equals(h.Name, members[0], StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return ValuePath.Of(members);
    }

    /// <summary>Handlebars.Net's rule for standalone lines (its <c>WhitespaceRemover</c>), on the tokens as it sees them.</summary>
    private static List<object>? RemoveStandaloneLines(List<object> tokens)
    {
        for (var index = 0; index < tokens.Count; index++)
        {
            if (tokens[index] is not Tag { MayStandAlone: true } tag || !NextIsBlank(tokens, index) || !PreviousIsBlank(tokens, index))
            {
                continue;
            }

            if (tag.Kind == TagKind.Partial && index > 0 && tokens[index - 1] is StaticText before && Indent().Match(before.Value) is { Success: true } indent && indent.Groups[1].Length > 0)
            {
                // Handlebars.Net indents such a partial's lines; those are left to it.
                return null;
            }

            if (index > 0 && tokens[index - 1] is StaticText previous)
            {
                previous.Value = TrailingBlanks().Replace(previous.Value, "");
            }

            if (index < tokens.Count - 1 && tokens[index + 1] is StaticText next)
            {
                next.Value = LeadingBlankLine().Replace(next.Value, "");
            }
        }

        return tokens;
    }

    private static bool NextIsBlank(List<object> tokens, int index)
    {
        if (index >= tokens.Count - 1)
        {
            return true;
        }

        return tokens[index + 1] is StaticText next
            && (index == tokens.Count - 2 ? LastStartsBlank() : StartsBlankLine()).IsMatch(next.Original);
    }

    private static bool PreviousIsBlank(List<object> tokens, int index)
    {
        if (index < 1)
        {
            return true;
        }

        return tokens[index - 1] is StaticText previous
            && (index == 1 ? FirstEndsBlank() : EndsBlankLine()).IsMatch(previous.Original);
    }

    /// <summary>The tokens as a tree of blocks; null where blocks do not nest as Handlebars requires.</summary>
    private static DirectTemplate? Build(List<object>? tokens)
    {
        if (tokens is null)
        {
            return null;
        }

        var open = new Stack<(Tag Tag, List<TemplateNode> Body, List<TemplateNode>? Inverse)>();
        var nodes = new List<TemplateNode>();
        foreach (var token in tokens)
        {
            var current = open.Count == 0 ? nodes : open.Peek().Inverse ?? open.Peek().Body;
            switch (token)
            {
                case StaticText { Value.Length: > 0 } text:
                    current.Add(new TextNode(text.Value));
                    break;
                case Tag { Kind: TagKind.Value } value:
                    current.Add(new ValueNode(value.Path!, value.Escaped));
                    break;
                case Tag { Kind: TagKind.Helper } helper:
                    current.Add(new HelperNode(helper.Helper!, helper.Arguments, helper.Escaped));
                    break;
                case Tag { Kind: TagKind.Partial } partial:
                    current.Add(new PartialNode(partial.Name));
                    break;
                case Tag { Kind: TagKind.Open } block:
                    open.Push((block, [], null));
                    break;
                case Tag { Kind: TagKind.Else }:
                    if (open.Count == 0 || open.Peek().Inverse is not null)
                    {
                        return null;
                    }

                    var (tag, body, _) = open.Pop();
                    open.Push((tag, body, []));
                    break;
                case Tag { Kind: TagKind.Close } close:
                    if (open.Count == 0 || open.Peek().Tag.Name != close.Name)
                    {
                        return null;
                    }

                    var finished = open.Pop();
                    var outer = open.Count == 0 ? nodes : open.Peek().Inverse ?? open.Peek().Body;
                    ImmutableArray<TemplateNode> inverse = finished.Inverse is null ? [] : [.. finished.Inverse];
                    outer.Add(finished.Tag.Name == "each"
                        ? new EachNode(finished.Tag.Path!, [.. finished.Body], inverse)
                        : new ConditionNode(finished.Tag.Path!, finished.Tag.Name == "unless", [.. finished.Body], inverse));
                    break;
            }
        }

        return open.Count == 0 ? new DirectTemplate([.. nodes]) : null;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex MemberName();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+$")]
    private static partial Regex PartialName();

    // The expressions of Handlebars.Net's WhitespaceRemover.
    [GeneratedRegex(@"^[ \t]*(\r?\n|$)")]
    private static partial Regex LastStartsBlank();

    [GeneratedRegex(@"^[ \t]*\r?\n")]
    private static partial Regex StartsBlankLine();

    [GeneratedRegex(@"^[ \t]*\r?\n?")]
    private static partial Regex LeadingBlankLine();

    [GeneratedRegex(@"(^|\r?\n)\s*?$")]
    private static partial Regex FirstEndsBlank();

    [GeneratedRegex(@"\r?\n\s*?$")]
    private static partial Regex EndsBlankLine();

    [GeneratedRegex(@"[ \t]+\z")]
    private static partial Regex TrailingBlanks();

    [GeneratedRegex(@"(?:^|\r?\n)([ \t]*)$")]
    private static partial Regex Indent();
}
