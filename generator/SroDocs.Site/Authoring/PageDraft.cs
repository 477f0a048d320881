using System.Globalization;
using System.Text;

namespace SroDocs.Site.Authoring;

/// <summary>
/// The text of a new page: front matter with the keys every page needs (<c>title</c>, <c>version</c>, <c>stand</c>) and
/// the given ones, in the order the shipped pages use, then the Markdown body.
/// </summary>
public sealed record PageDraft(string Title, DateOnly Stand, int Weight)
{
    /// <summary>The version a new page starts with, as the shipped pages do.</summary>
    public const string FirstVersion = "0.1";

    public string? Description { get; init; }

    /// <summary>Further keys after <c>gewicht</c>, already written as YAML values (<c>ebenen: [a, b]</c>).</summary>
    public IReadOnlyList<(string Key, string Value)> Keys { get; init; } = [];

    public IReadOnlyList<string> Body { get; init; } = [];

    public string Text()
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(YamlText.Scalar(Title)).Append('\n');
        text.Append("version: \"").Append(FirstVersion).Append("\"\n");
        text.Append("stand: ").Append(Templates.GermanFormat.Iso(Stand)).Append('\n');
        if (Description is not null)
        {
            text.Append("beschreibung: ").Append(YamlText.Scalar(Description)).Append('\n');
        }

        text.Append("gewicht: ").Append(Weight.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (key, value) in Keys)
        {
            text.Append(key).Append(": ").Append(value).Append('\n');
        }

        text.Append("---\n\n");
        text.AppendJoin('\n', Body).Append('\n');
        return text.ToString();
    }
}
