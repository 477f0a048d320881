namespace SroDocs.Site.Fassungen;

/// <summary>What <c>snapshot</c> is asked to freeze: the decision, its dates and title, and the day of freezing.</summary>
/// <param name="BeschlossenAm">The day of the decision; null for a Fassung frozen as a Vorlage before it.</param>
public sealed record FreezeRequest(
    BeschlussNummer Beschluss,
    string Titel,
    FassungStatus Status,
    DateOnly? BeschlossenAm,
    DateOnly? GueltigAb,
    string Gremium,
    DateOnly Today);
