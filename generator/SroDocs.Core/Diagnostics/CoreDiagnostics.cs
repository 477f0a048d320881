namespace SroDocs.Core.Diagnostics;

/// <summary>Diagnostics raised by the pipeline machinery itself (SRO0xxx).</summary>
public static class CoreDiagnostics
{
    public static Diagnostic InternalError(string step, string? source, Exception exception) => new(
        "SRO0001",
        Severity.Error,
        $"Interner Fehler im Schritt '{step}'{(source is null ? "" : $" bei '{source}'")}: {exception.GetType().Name}: {exception.Message}. Bitte als Fehler im Generator melden.",
        source is null ? null : SourceLocation.FileOnly(source));
}
