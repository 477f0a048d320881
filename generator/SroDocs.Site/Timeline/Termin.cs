using System.Globalization;

namespace SroDocs.Site.Timeline;

/// <summary>
/// A milestone date with the precision the source gives: <c>2024-01-09</c>, <c>2024-06</c>, <c>2023</c>,
/// <c>ab 2025-06</c>, <c>bis 2025-12</c> or <c>2022-12..2023-01</c>. <see cref="Start"/> and <see cref="End"/>
/// are the first and last day the date can mean (open ends use the minimum and maximum date).
/// </summary>
public sealed record Termin(TerminKind Kind, DateOnly Start, DateOnly End, string Display)
{
    /// <summary>The date used to order milestones.</summary>
    public DateOnly SortDate => Kind == TerminKind.Until ? End : Start;

    public static bool TryParse(string text, out Termin termin)
    {
        termin = null!;
        var value = text.Trim();
        if (value.StartsWith("ab ", StringComparison.OrdinalIgnoreCase) && TryParsePart(value[3..], out var from))
        {
            termin = new Termin(TerminKind.From, from.Start, DateOnly.MaxValue, "ab " + from.Display);
            return true;
        }

        if (value.StartsWith("bis ", StringComparison.OrdinalIgnoreCase) && TryParsePart(value[4..], out var until))
        {
            termin = new Termin(TerminKind.Until, DateOnly.MinValue, until.End, "bis " + until.Display);
            return true;
        }

        var dots = value.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0)
        {
            if (TryParsePart(value[..dots], out var a) && TryParsePart(value[(dots + 2)..], out var b) && a.Start <= b.End)
            {
                termin = new Termin(TerminKind.Range, a.Start, b.End, $"{a.Display} – {b.Display}");
                return true;
            }

            return false;
        }

        if (TryParsePart(value, out var point))
        {
            termin = new Termin(TerminKind.Point, point.Start, point.End, point.Display);
            return true;
        }

        return false;
    }

    private static bool TryParsePart(string text, out (DateOnly Start, DateOnly End, string Display) part)
    {
        var value = text.Trim();
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day) && IsPlausible(day.Year))
        {
            part = (day, day, day.ToString("dd.MM.yyyy", culture));
            return true;
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var month) && IsPlausible(month.Year))
        {
            part = (month, month.AddMonths(1).AddDays(-1), month.ToString("MM/yyyy", culture));
            return true;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, culture, out var year) && IsPlausible(year))
        {
            part = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), value);
            return true;
        }

        part = default;
        return false;
    }

    private static bool IsPlausible(int year) => year is > 1900 and < 3000;
}
