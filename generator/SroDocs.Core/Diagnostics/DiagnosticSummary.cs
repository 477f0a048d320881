namespace SroDocs.Core.Diagnostics;

/// <summary>Counts of diagnostics by severity, with the German summary line.</summary>
public readonly record struct DiagnosticSummary(int Errors, int Warnings, int Infos)
{
    public static DiagnosticSummary Of(IEnumerable<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var diagnostic in diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        return new DiagnosticSummary(errors, warnings, infos);
    }

    public override string ToString() =>
        $"{Count(Errors, "Fehler", "Fehler")}, {Count(Warnings, "Warnung", "Warnungen")}";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
