using SroDocs.Testing;

namespace SroDocs.Browser.Tests.Infrastructure;

/// <summary>
/// Pages for the German search cases, each with exactly one form of a word: the singular (found by the plural), the
/// umlaut (found when typed without), a compound (found by its first part) and a long form from the glossary (found
/// by its abbreviation). None of them holds the form the test types.
/// </summary>
public static class SearchPages
{
    public const string Singular = "themen/stadtteil/";
    public const string Umlaut = "themen/guete/";
    public const string Compound = "themen/leitbild/";
    public const string LongForm = "themen/antraege/";

    public static void AddTo(TestSite site)
    {
        site.Write("themen/_index.md", Page("Themen", "Seiten für die Suche."));
        site.Write("themen/stadtteil.md", Page("Arbeit vor Ort", "Im Sozialraum arbeiten Schule, Kita und Treffpunkt zusammen."));
        site.Write("themen/guete.md", Page("Gute Angebote", "Die Qualität der Angebote wird jährlich besprochen."));
        site.Write("themen/leitbild.md", Page("Leitbild", "Die Sozialraumorientierung ist das Leitbild der Arbeit."));
        site.Write("themen/antraege.md", Page("Anträge", "Hilfen zur Erziehung werden beim Jugendamt beantragt."));
    }

    private static string Page(string title, string text) => $"---\ntitle: {title}\nversion: \"1.0\"\nstand: 2024-02-01\n---\n\n{text}\n";
}
