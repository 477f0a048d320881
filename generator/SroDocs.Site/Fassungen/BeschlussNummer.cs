using System.Text;
using System.Text.RegularExpressions;

namespace SroDocs.Site.Fassungen;

/// <summary>
/// The number of a decision of the Hanse- und Universitätsstadt Rostock, e.g. <c>2021/BV/2536</c> or a derived document
/// such as <c>2017/AN/2460-01 (SN)</c>. The whole string is the id; nothing is read out of its parts.
/// </summary>
public sealed partial record BeschlussNummer
{
    private BeschlussNummer(string value) => Value = value;

    public string Value { get; }

    /// <summary>The folder and address name: <c>2021/BV/2536</c> → <c>2021-bv-2536</c>, <c>2017/AN/2460-01 (SN)</c> → <c>2017-an-2460-01-sn</c>.</summary>
    public string Slug
    {
        get
        {
            var slug = new StringBuilder();
            foreach (var c in Value.ToLowerInvariant())
            {
                var part = c switch { 'ä' => "ae", 'ö' => "oe", 'ü' => "ue", _ => char.IsAsciiLetterOrDigit(c) ? c.ToString() : "-" };
                slug.Append(part);
            }

            return DashRun().Replace(slug.ToString(), "-").Trim('-');
        }
    }

    /// <summary>The number, or null when <paramref name="text"/> is not in Rostock's form (the problem says why, in German).</summary>
    public static BeschlussNummer? Parse(string text, out string? problem)
    {
        var trimmed = text.Trim();
        if (Pattern().IsMatch(trimmed))
        {
            problem = null;
            return new BeschlussNummer(trimmed);
        }

        problem = $"'{text}' ist keine Beschlussnummer der Form JJJJ/TT/NNNN, z. B. 2021/BV/2536 oder 2017/AN/2460-01 (SN).";
        return null;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^\d{4}/[A-ZÄÖÜ]{2}/\d{4}(-\d{2} \([A-ZÄÖÜ]{2}\))?$")]
    private static partial Regex Pattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex DashRun();
}
