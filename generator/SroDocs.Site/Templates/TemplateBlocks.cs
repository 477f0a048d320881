using System.Text.RegularExpressions;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Templates;

/// <summary>
/// Pairs the block tags of a template (<c>{{#if}}</c> … <c>{{/if}}</c>, <c>{{^…}}</c>, <c>{{#> partial}}</c>,
/// <c>{{#*inline}}</c>) before Handlebars compiles it: Handlebars.Net names an unclosed block without saying where it
/// opened, and an author needs the line.
/// </summary>
public static partial class TemplateBlocks
{
    /// <summary>The first unclosed or wrongly closed block of <paramref name="template"/>, or null when every block is paired.</summary>
    public static Diagnostic? FindUnbalanced(TemplateSource template)
    {
        if (UnclosedExpression(template.Text) is { } unclosed)
        {
            return TemplateDiagnostics.ExpressionNotClosed(template.At(unclosed));
        }

        var open = new Stack<(string Name, int Index)>();
        foreach (Match tag in BlockTag().Matches(template.Text))
        {
            if (tag.Groups["comment"].Success)
            {
                continue;
            }

            var name = tag.Groups["name"].Value;
            if (tag.Groups["kind"].Value is "#" or "^")
            {
                open.Push((name, tag.Index));
            }
            else if (open.Count == 0)
            {
                return TemplateDiagnostics.BlockNotOpened(template.At(tag.Index), name);
            }
            else if (open.Peek().Name != name)
            {
                var (expected, at) = open.Peek();
                return TemplateDiagnostics.BlockClosedWrongly(template.At(tag.Index), name, expected, template.At(at).Line);
            }
            else
            {
                open.Pop();
            }
        }

        return open.Count == 0 ? null : TemplateDiagnostics.BlockNotClosed(template.At(open.Peek().Index), open.Peek().Name);
    }

    /// <summary>The offset of the first <c>{{</c> with no <c>}}</c> before the next <c>{{</c> (comments may hold anything).</summary>
    private static int? UnclosedExpression(string text)
    {
        var at = text.IndexOf("{{", StringComparison.Ordinal);
        while (at >= 0)
        {
            var comment = text.AsSpan(at).StartsWith("{{!--");
            var close = comment ? text.IndexOf("--}}", at + 5, StringComparison.Ordinal) : text.IndexOf("}}", at + 2, StringComparison.Ordinal);
            var next = text.IndexOf("{{", at + 2, StringComparison.Ordinal);
            if (close < 0 || (!comment && next >= 0 && next < close && !text.AsSpan(at).StartsWith("{{{")))
            {
                return at;
            }

            at = text.IndexOf("{{", close + 2, StringComparison.Ordinal);
        }

        return null;
    }

    [GeneratedRegex(@"(?<comment>\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\})|\{\{~?(?<kind>[#^/])[>*]?\s*(?<name>[^\s}~]+)")]
    private static partial Regex BlockTag();
}
