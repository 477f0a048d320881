namespace SroDocs.Site.Fassungen;

/// <summary>Where a Fassung stands: frozen as the text put to the committee, or decided.</summary>
public enum FassungStatus
{
    /// <summary>Frozen before the decision, as the text the committee receives.</summary>
    Vorlage,

    /// <summary>Decided by the committee; the text is the one decided.</summary>
    Beschlossen,
}

public static class FassungStatusNames
{
    public static string Id(this FassungStatus status) => status == FassungStatus.Beschlossen ? "beschlossen" : "vorlage";

    public static string Label(this FassungStatus status) => status == FassungStatus.Beschlossen ? "Beschlossen" : "Vorlage (noch nicht beschlossen)";

    public static FassungStatus? FromId(string id) => id switch
    {
        "beschlossen" => FassungStatus.Beschlossen,
        "vorlage" => FassungStatus.Vorlage,
        _ => null,
    };
}
