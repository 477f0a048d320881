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

    private static string[] Found(string text) => Matcher.Matches(text).Select(m => text.Substring(m.Index, m.Length)).ToArray();

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
}
