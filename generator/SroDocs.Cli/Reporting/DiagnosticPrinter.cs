using SroDocs.Core.Diagnostics;

namespace SroDocs.Cli.Reporting;

/// <summary>
/// Prints diagnostics as <c>path:line:column: Fehler CODE: message</c>, then a German summary; with
/// GitHub Actions also as workflow commands, so they show as annotations on the pull request.
/// </summary>
public sealed class DiagnosticPrinter(TextWriter output, bool githubActions)
{
    public void Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
            if (githubActions)
            {
                output.WriteLine(GitHubAnnotation(diagnostic));
            }
        }
    }

    /// <summary>A GitHub workflow command, e.g. <c>::error file=content/a.md,line=3,col=1,title=SRO2002::…</c>.</summary>
    public static string GitHubAnnotation(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string>();
        if (diagnostic.Location is { } location)
        {
            properties.Add("file=" + EscapeProperty(location.Path));
            if (location.Line > 0)
            {
                properties.Add($"line={location.Line}");
                properties.Add($"col={Math.Max(location.Column, 1)}");
            }
        }

        properties.Add("title=" + EscapeProperty(diagnostic.Code));
        return $"::{command} {string.Join(',', properties)}::{EscapeData(diagnostic.Message)}";
    }

    private static string EscapeData(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
