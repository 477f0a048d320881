namespace SroDocs.Site.Vorhabenliste;

/// <summary>How intensely the public takes part, in the three steps the Leitfaden names.</summary>
public enum Beteiligungsstufe
{
    Information,
    Konsultation,
    Mitgestaltung,
}

public static class BeteiligungsstufeNames
{
    /// <summary>The ids allowed in <c>steckbrief.yml</c>, in order of intensity.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Enum.GetValues<Beteiligungsstufe>().Select(Id)];

    public static string Id(this Beteiligungsstufe stufe) => stufe.ToString().ToLowerInvariant();

    public static string Label(this Beteiligungsstufe stufe) => stufe.ToString();

    public static Beteiligungsstufe? FromId(string id) =>
        Enum.GetValues<Beteiligungsstufe>().Cast<Beteiligungsstufe?>().FirstOrDefault(s => s!.Value.Id() == id.Trim().ToLowerInvariant());
}
