using System.Globalization;
using System.Text;

namespace SroDocs.Site.Fassungen;

/// <summary>Writes a manifest as YAML, always the same way: fixed key order, quoted texts, ISO dates.</summary>
public static class ManifestText
{
    public static string Write(FassungManifest manifest)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Von SroDocs geschrieben. Die eingefrorenen Dateien in inhalt/ und ihre Prüfsummen ändern sich nie;\n");
        yaml.Append("# Status, Beschlussdatum und Gültigkeit ändert der Befehl 'beschliessen' (mit Eintrag im Verlauf).\n");
        yaml.Append("beschluss: ").Append(Quote(manifest.Beschluss.Value)).Append('\n');
        yaml.Append("gremium: ").Append(Quote(manifest.Gremium)).Append('\n');
        yaml.Append("titel: ").Append(Quote(manifest.Titel)).Append('\n');
        yaml.Append("status: ").Append(manifest.Status.Id()).Append('\n');
        if (manifest.BeschlossenAm is { } decided)
        {
            yaml.Append("beschlossen_am: ").Append(Iso(decided)).Append('\n');
        }

        if (manifest.GueltigAb is { } valid)
        {
            yaml.Append("gueltig_ab: ").Append(Iso(valid)).Append('\n');
        }

        yaml.Append("eingefroren_am: ").Append(Iso(manifest.EingefrorenAm)).Append('\n');
        yaml.Append("verlauf:\n");
        foreach (var change in manifest.Verlauf)
        {
            yaml.Append("  - datum: ").Append(Iso(change.Date)).Append('\n');
            yaml.Append("    status: ").Append(change.Status.Id()).Append('\n');
            yaml.Append("    text: ").Append(Quote(change.Text)).Append('\n');
        }

        yaml.Append("wurzel: ").Append(manifest.Wurzel).Append('\n');
        yaml.Append("dateien:\n");
        foreach (var file in manifest.Dateien)
        {
            yaml.Append("  - pfad: ").Append(Quote(file.Path)).Append('\n');
            yaml.Append("    sha256: ").Append(file.Sha256).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
