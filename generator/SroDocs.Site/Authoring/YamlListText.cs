using SroDocs.Site.Yaml;

namespace SroDocs.Site.Authoring;

/// <summary>
/// Adds one entry to a block list of a YAML file by inserting lines into its text, so that everything else – comments,
/// blank lines, quoting, order – stays exactly as it was. The entry is indented like the list's other entries and,
/// where they are separated by blank lines, separated the same way.
/// </summary>
public sealed class YamlListText
{
    private readonly List<string> _lines;
    private readonly string _newline;
    private readonly bool _finalNewline;

    public YamlListText(string text)
    {
        _newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        _finalNewline = text.EndsWith('\n');
        _lines = [.. (_finalNewline ? text[..^_newline.Length] : text).Split(_newline)];
    }

    /// <summary>The column of the list's dashes, or null when <paramref name="item"/> does not start a <c>- key: value</c> line.</summary>
    public int? DashIndent(YamlMap item)
    {
        var line = _lines.ElementAtOrDefault(item.Location.Line - 1);
        if (line is null)
        {
            return null;
        }

        var indent = line.Length - line.TrimStart(' ').Length;
        return line.AsSpan(indent).StartsWith("- ") ? indent : null;
    }

    /// <summary>
    /// The text with <paramref name="entry"/> (lines relative to the dash: <c>- id: x</c>, <c>  titel: …</c>) after the last of
    /// <paramref name="items"/>, or before <paramref name="before"/> when that is one of them; and the one-based line the entry starts on.
    /// </summary>
    public (string Text, int Line) Insert(IReadOnlyList<YamlMap> items, IReadOnlyList<string> entry, YamlMap? before = null)
    {
        var dash = DashIndent(items[0]) ?? 0;
        var separated = items.Count > 1 && string.IsNullOrWhiteSpace(_lines.ElementAtOrDefault(items[^1].Location.Line - 2));
        var indented = entry.Select(line => line.Length == 0 ? "" : new string(' ', dash) + line).ToList();
        int at;
        if (before is not null)
        {
            at = before.Location.Line - 1;
            if (separated)
            {
                indented.Add("");
            }
        }
        else
        {
            at = EndOf(items[^1], dash) + 1;
            if (separated)
            {
                indented.Insert(0, "");
            }
        }

        var lines = new List<string>(_lines);
        lines.InsertRange(at, indented);
        return (string.Join(_newline, lines) + _newline, at + 1 + (before is null && separated ? 1 : 0));
    }

    /// <summary>The zero-based last line of an entry: the last non-blank line before one that is indented no deeper than its dash.</summary>
    private int EndOf(YamlMap item, int dash)
    {
        var last = item.Location.Line - 1;
        for (var i = last + 1; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.Length - line.TrimStart(' ').Length <= dash)
            {
                break;
            }

            last = i;
        }

        return last;
    }
}
