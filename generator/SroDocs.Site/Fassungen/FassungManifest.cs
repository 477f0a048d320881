using System.Collections.Immutable;

namespace SroDocs.Site.Fassungen;

/// <summary>
/// What <c>fassungen/&lt;slug&gt;/fassung.yml</c> records of a frozen Fassung: the decision it belongs to, its dates and
/// status with their history, and the SHA-256 of every frozen file with one root hash over all of them. Only the
/// status, the date of decision, the start of validity and the history change after freezing; the files never do.
/// </summary>
public sealed record FassungManifest
{
    public const string FileName = "fassung.yml";

    /// <summary>The folder below the Fassung's folder that holds the frozen content.</summary>
    public const string ContentFolder = "inhalt";

    public const string DefaultGremium = "Jugendhilfeausschuss";

    public required BeschlussNummer Beschluss { get; init; }

    public required string Gremium { get; init; }

    public required string Titel { get; init; }

    public required FassungStatus Status { get; init; }

    /// <summary>The day of the decision; null while the Fassung is a Vorlage.</summary>
    public DateOnly? BeschlossenAm { get; init; }

    /// <summary>From when the decided text applies; null when not (yet) known.</summary>
    public DateOnly? GueltigAb { get; init; }

    public required DateOnly EingefrorenAm { get; init; }

    public required ImmutableArray<StatusChange> Verlauf { get; init; }

    public required ImmutableArray<FrozenFile> Dateien { get; init; }

    public required string Wurzel { get; init; }

    public string Slug => Beschluss.Slug;

    /// <summary>The day that orders Fassungen: the decision, else the freezing.</summary>
    public DateOnly Datum => BeschlossenAm ?? EingefrorenAm;

    /// <summary>The address prefix of the Fassung's site, e.g. <c>/fassungen/2099-bv-0001/</c>.</summary>
    public string UrlPrefix => $"/fassungen/{Slug}/";
}
