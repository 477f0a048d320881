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
    public void UniqueAnchors_AppendNumbers_AroundTakenAndReservedIds()
    {
        // Given: an author's anchor 'ziele-2' and a theme id 'ziele-3'
        var anchors = new UniqueAnchors(["ziele-2"], new HashSet<string> { "ziele-3" });

        // When / Then
        anchors.For("ziele").ShouldBe("ziele");
        anchors.For("ziele").ShouldBe("ziele-4");
        anchors.For("ziele").ShouldBe("ziele-5");
        anchors.For("wege").ShouldBe("wege");
    }

    [Fact]
    public void UniqueAnchors_ForAThousandEqualHeadings_AreAllDistinct()
    {
        var anchors = new UniqueAnchors([]);
        Enumerable.Range(0, 1000).Select(_ => anchors.For("kapitel")).Distinct().Count().ShouldBe(1000);
    }
}
