using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SroDocs.Site.Synopse;

namespace SroDocs.Site.Tests.Synopse;

/// <summary>Word-level marks for German text: a changed word is that word, whatever umlauts, ß, hyphens and punctuation surround it.</summary>
public sealed class WordDiffTests
{
    [Theory]
    [InlineData("Die Kinder- und Jugendhilfe plant.", "Die Kinder- und Familienhilfe plant.", new[] { "Jugendhilfe" }, new[] { "Familienhilfe" })]
    [InlineData("Groß Klein, Toitenwinkel und Schmarl.", "Groß Klein, Toitenwinkel und Evershagen.", new[] { "Schmarl" }, new[] { "Evershagen" })]
    [InlineData("Die Straße führt zum SBZ.", "Die Straße führt zum neuen SBZ.", new string[0], new[] { "neuen" })]
    [InlineData("Sozialraum-Orientierung ist das Ziel.", "Sozialraumorientierung ist das Ziel.", new[] { "Sozialraum-Orientierung" }, new[] { "Sozialraumorientierung" })]
    [InlineData("Erstens, zweitens.", "Erstens; zweitens.", new[] { "," }, new[] { ";" })]
    [InlineData("Übergänge gestalten", "Übergänge gestalten", new string[0], new string[0])]
    public void AChange_IsMarkedWordByWord(string before, string after, string[] deleted, string[] inserted)
    {
        // When
        var (oldHtml, newHtml) = WordDiff.Mark(before, after);

        // Then
        Marked(oldHtml, "del").ShouldBe(deleted);
        Marked(newHtml, "ins").ShouldBe(inserted);
        Text(oldHtml).ShouldBe(before);
        Text(newHtml).ShouldBe(after);
    }

    [Fact]
    public void Markup_InTheText_IsEscaped()
    {
        var (_, newHtml) = WordDiff.Mark("a", "a <script>x</script>");
        newHtml.ShouldNotContain("<script>");
        Text(newHtml).ShouldBe("a <script>x</script>");
    }

    private static IElement Body(string html) => new HtmlParser().ParseDocument("<body>" + html).Body!;

    private static string[] Marked(string html, string tag) =>
        [.. Body(html).QuerySelectorAll(tag).Select(e => string.Concat(e.ChildNodes.Where(n => n is not IElement { ClassName: "diff-marke" or "visually-hidden" }).Select(n => n.TextContent)))];

    /// <summary>The text as read without the marks: what the column says.</summary>
    private static string Text(string html)
    {
        var body = Body(html);
        foreach (var mark in body.QuerySelectorAll(".diff-marke, .visually-hidden").ToList())
        {
            mark.Remove();
        }

        return body.TextContent;
    }
}
