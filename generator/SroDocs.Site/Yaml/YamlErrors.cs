namespace SroDocs.Site.Yaml;

/// <summary>The diagnostic codes a <see cref="YamlMap"/> reports with; front matter and data files use different ranges.</summary>
public sealed record YamlErrors(string Syntax, string RequiredMissing, string WrongType, string UnknownKey, string InvalidDate)
{
    public static readonly YamlErrors FrontMatter = new(
        Diagnostics.DiagnosticCodes.FrontMatterYamlInvalid,
        Diagnostics.DiagnosticCodes.FrontMatterRequiredMissing,
        Diagnostics.DiagnosticCodes.FrontMatterWrongType,
        Diagnostics.DiagnosticCodes.FrontMatterUnknownKey,
        Diagnostics.DiagnosticCodes.FrontMatterWrongType);

    public static readonly YamlErrors Data = new(
        Diagnostics.DiagnosticCodes.DataYamlInvalid,
        Diagnostics.DiagnosticCodes.DataRequiredMissing,
        Diagnostics.DiagnosticCodes.DataWrongType,
        Diagnostics.DiagnosticCodes.DataUnknownKey,
        Diagnostics.DiagnosticCodes.DataInvalidDate);

    public static readonly YamlErrors Fassung = new(
        Diagnostics.DiagnosticCodes.FassungYamlInvalid,
        Diagnostics.DiagnosticCodes.FassungRequiredMissing,
        Diagnostics.DiagnosticCodes.FassungWrongValue,
        Diagnostics.DiagnosticCodes.FassungUnknownKey,
        Diagnostics.DiagnosticCodes.FassungWrongValue);
}
