namespace SroDocs.Site.Vorhabenliste;

/// <summary>
/// One of the five criteria of Rostock's Leitfaden für mitgestaltende Bürgerbeteiligung: a project that meets at least
/// <see cref="Criteria.Required"/> of them belongs on the city's Vorhabenliste. <see cref="Key"/> is its key in
/// <c>steckbrief.yml</c>.
/// </summary>
public sealed record Criterion(string Key, string Text);

/// <summary>The five criteria, in the Leitfaden's order, in this site's own words.</summary>
public static class Criteria
{
    /// <summary>How many criteria a project must meet to be listed.</summary>
    public const int Required = 2;

    /// <summary><see cref="Required"/> in words, for running text.</summary>
    public const string RequiredText = "zwei";

    public static IReadOnlyList<Criterion> All { get; } =
    [
        new("beteiligung_vorgesehen", "Für das Vorhaben ist bereits eine Beteiligung vorgesehen."),
        new("hohes_interesse", "Es ist ein hohes Interesse der Einwohner*innen oder Nutzer*innen zu erwarten, oder viele Menschen sind betroffen."),
        new("ortsbild", "Das Ortsbild ändert sich wesentlich."),
        new("entwicklungskonzept", "Es handelt sich um ein Entwicklungskonzept oder einen Aktionsplan für die Stadt, einen Stadtteil oder ein Quartier."),
        new("ziele_und_handlungsweisen", "Das Vorhaben legt Ziele und Handlungsweisen fest, etwa als Leitbild oder Charta."),
    ];
}
