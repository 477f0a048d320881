namespace SroDocs.Core.Diagnostics;

/// <summary>One finding about the input or the build, with a stable code such as <c>SRO2001</c>.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation? Location)
{
    /// <summary>An error diagnostic: the shape every catalogue factory builds.</summary>
    public static Diagnostic Error(string code, SourceLocation? location, string message) => new(code, Severity.Error, message, location);

    /// <summary>The German label authors see for a severity.</summary>
    public static string Label(Severity severity) => severity switch
    {
        Severity.Error => "Fehler",
        Severity.Warning => "Warnung",
        _ => "Hinweis",
    };

    /// <summary>Formats as <c>path:line:column: Fehler SRO2001: message</c>.</summary>
    public override string ToString()
    {
        var prefix = Location is { } location ? location + ": " : "";
        return $"{prefix}{Label(Severity)} {Code}: {Message}";
    }

    public Diagnostic Promoted() => Severity == Severity.Warning ? this with { Severity = Severity.Error } : this;
}
