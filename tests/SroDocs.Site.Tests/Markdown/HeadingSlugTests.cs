using SroDocs.Site.Markdown;

namespace SroDocs.Site.Tests.Markdown;

public sealed class HeadingSlugTests
{
    [Theory]
    [InlineData("Überprüfung & Anpassung", "ueberpruefung-anpassung")]
    [InlineData("Groß Klein und Toitenwinkel", "gross-klein-und-toitenwinkel")]
    [InlineData("§ 78 SGB VIII", "78-sgb-viii")]
    [InlineData("  --  ", "abschnitt")]
    [InlineData("HzE-Leistungen (2024)", "hze-leistungen-2024")]
    public void Of_TransliteratesGermanAndJoinsWithDashes(string heading, string expected) =>
        HeadingSlug.Of(heading).ShouldBe(expected);

    [Fact]
    public void Unique_AppendsNumbers()
    {
        var taken = new HashSet<string>();
        HeadingSlug.Unique("ziele", taken).ShouldBe("ziele");
        HeadingSlug.Unique("ziele", taken).ShouldBe("ziele-2");
        HeadingSlug.Unique("ziele", taken).ShouldBe("ziele-3");
    }
}
