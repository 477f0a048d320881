using SroDocs.Site.Timeline;

namespace SroDocs.Site.Tests.Timeline;

public sealed class TerminTests
{
    [Theory]
    [InlineData("2024-01-09", TerminKind.Point, "2024-01-09", "2024-01-09", "09.01.2024")]
    [InlineData("2024-06", TerminKind.Point, "2024-06-01", "2024-06-30", "06/2024")]
    [InlineData("2023", TerminKind.Point, "2023-01-01", "2023-12-31", "2023")]
    [InlineData("ab 2025-06", TerminKind.From, "2025-06-01", "9999-12-31", "ab 06/2025")]
    [InlineData("bis 2025-12", TerminKind.Until, "0001-01-01", "2025-12-31", "bis 12/2025")]
    [InlineData("2022-12..2023-01", TerminKind.Range, "2022-12-01", "2023-01-31", "12/2022 – 01/2023")]
    public void TryParse_UnderstandsThePrecisionOfTheSource(string text, TerminKind kind, string start, string end, string display)
    {
        Termin.TryParse(text, out var termin).ShouldBeTrue();
        termin.Kind.ShouldBe(kind);
        termin.Start.ShouldBe(DateOnly.Parse(start));
        termin.End.ShouldBe(DateOnly.Parse(end));
        termin.Display.ShouldBe(display);
    }

    [Theory]
    [InlineData("Mitte 2024")]
    [InlineData("2024-13")]
    [InlineData("2025-01..2024-01")]
    [InlineData("")]
    [InlineData("9999-12")]
    [InlineData("ab 0001-01")]
    public void TryParse_RejectsWhatItCannotPlace(string text) => Termin.TryParse(text, out _).ShouldBeFalse();
}
