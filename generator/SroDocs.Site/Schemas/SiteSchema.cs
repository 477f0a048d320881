using System.Text.Json.Nodes;
using SroDocs.Site.Data;
using static SroDocs.Site.Schemas.SchemaTypes;

namespace SroDocs.Site.Schemas;

/// <summary>The schema of <c>_data/site.yml</c>, from <see cref="SiteConfig"/>'s keys.</summary>
public static class SiteSchema
{
    public static JsonObject Create() => Mapping(
        "Einstellungen der Website (_data/site.yml); jede Angabe hat einen Standard.",
        SiteConfig.Keys,
        [],
        ("titel", Text("Titel der Website.")),
        ("untertitel", Text("Untertitel der Website.")),
        ("herausgeber", Text("Herausgeber, z. B. das zuständige Amt.")),
        ("kontakt", Mapping(
            "Kontakt des Amtes; veröffentlicht werden nur Ämter, keine Personen.",
            SiteConfig.ContactKeys,
            [],
            ("amt", Text("Name des Amtes.")),
            ("email", Text("E-Mail-Adresse des Amtes.")),
            ("web", Url("Webseite des Amtes.")))),
        ("basis_url", Url("Öffentliche Adresse der Website für Feed und Sitemap.")),
        (SourceRepository.AddressKey, HttpsUrl("Adresse des Repositorys auf GitHub, z. B. https://github.com/beispiel/fachkonzept; dann hat jede Seite den Link „Diese Seite auf GitHub bearbeiten“ und jeder Abschnitt ein vorbereitetes Issue.")),
        (SourceRepository.BranchKey, Text($"Git-Zweig, auf den sich die Links „Diese Seite auf GitHub bearbeiten“ beziehen (Standard: {SourceRepository.DefaultBranch}).")));
}
