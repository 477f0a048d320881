using System.Collections.Immutable;
using SroDocs.Site.Glossary;

namespace SroDocs.Site.Tests.Glossary;

public sealed class TermMatcherTests
{
    private static GlossaryTerm Term(string id, string? abbreviation, string term, params string[] variants) =>
        new(id, abbreviation, term, [.. variants], "kurz", "lang", null, [], ImmutableArray<SourceReference>.Empty, default);

    private static readonly TermMatcher Matcher = new(new GlossaryData(
    [
        Term("hze", "HzE", "Hilfen zur Erziehung"),
        Term("sozialraum", null, "Sozialraum", "Sozialräume"),
        Term("pg1", "PG 1", "Planungsgruppe Sozialraumorientierung"),
        Term("sro", "SRO", "Sozialraumorientierung"),
        Term("fachkonzept", null, "Fachkonzept Sozialraumorientierung"),
    ]));

    private static string[] Found(string text) => Found(text, 0, text.Length);

    private static string[] Found(string text, int start, int end) => Matcher.Matches(text, start, end).Select(m => text.Substring(m.Index, m.Length)).ToArray();

    [Theory]
    [InlineData("Die HzE-Leistungen wachsen.", new[] { "HzE" })]
    [InlineData("Im Sozialraum und in Sozialräumen.", new[] { "Sozialraum" })]
    [InlineData("Die Sozialräume sind verschieden.", new[] { "Sozialräume" })]
    [InlineData("Sozialraumorientierung ist kein Sozialraum-Budget.", new[] { "Sozialraumorientierung", "Sozialraum" })]
    [InlineData("Die PG 1 tagt, die PG 10 nicht.", new[] { "PG 1" })]
    [InlineData("Das Fachkonzept Sozialraumorientierung gilt.", new[] { "Fachkonzept Sozialraumorientierung" })]
    [InlineData("hze, Hze und HZE sind anders geschrieben.", new string[0])]
    [InlineData("ÜberHzE und HzEs zählen nicht.", new string[0])]
    public void Matches_WholeWordsOnly_GermanAware_LongestFirst(string text, string[] expected) =>
        Found(text).ShouldBe(expected);

    /// <summary>A piece of a longer string (the text of one Markdown inline): what lies outside it is neither searched nor a word's neighbour.</summary>
    [Theory]
    [InlineData("xHzEx", 1, 4, new[] { "HzE" })]
    [InlineData("xHzEx", 1, 5, new string[0])]
    [InlineData("xHzEx", 0, 4, new string[0])]
    [InlineData("HzE und SRO", 0, 5, new[] { "HzE" })]
    [InlineData("HzE und SRO", 4, 11, new[] { "SRO" })]
    [InlineData("Sozialraumorientierung", 0, 10, new[] { "Sozialraum" })]
    public void Matches_InAPieceOfAString_LooksOnlyAtThatPiece(string text, int start, int end, string[] expected) =>
        Found(text, start, end).ShouldBe(expected);
}
