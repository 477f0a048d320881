using AngleSharp.Html.Parser;
using SroDocs.Core.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Security;

/// <summary>
/// Every payload of the XSS corpus at every place where content or data reaches the site: the build may report it
/// (always with a location, never as an internal error), and whatever it would publish — committed or not — holds
/// nothing that could run script.
/// </summary>
public sealed class XssCorpusTests
{
    private static readonly IReadOnlyList<string> Payloads = XssCorpus.Payloads;

    public static TheoryData<string> Places => new()
    {
        "text", "title", "beschreibung", "aenderung", "begriff", "kurz", "definition", "rechtsgrundlage", "quelle",
        "meilenstein", "meilenstein-beschreibung", "termin-anzeige", "status-name", "baustein-name",
    };

    [Fact]
    public void TheCorpus_HasAtLeastEightyPayloads() => Payloads.Count.ShouldBeGreaterThanOrEqualTo(80);

    [Theory]
    [MemberData(nameof(Places))]
    public async Task EveryPayload_IsReportedWithALocation_OrComesOutHarmless(string place)
    {
        // Given: one page, term or milestone per payload
        var site = SiteWith(place);

        // When
        var result = await site.BuildAsync();

        // Then
        result.Diagnostics.ShouldNotContain(d => d.Code == "SRO0001", string.Join("\n", result.Diagnostics.Where(d => d.Code == "SRO0001")));
        result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldAllBe(d => d.Location != null && d.Location.Value.Path.Length > 0);
        AssertHarmless(site.Output.LastStaged);
    }

    [Fact]
    public async Task EveryPayload_InTheSiteSettings_ComesOutHarmless()
    {
        foreach (var payload in Payloads)
        {
            // Given
            var site = MemorySite.WithTaxonomy().Page("_index.md", "Start", "Text.\n")
                .Write("_data/site.yml", $"titel: {XssCorpus.Yaml(payload)}\nuntertitel: {XssCorpus.Yaml(payload)}\nherausgeber: {XssCorpus.Yaml(payload)}\nkontakt:\n  amt: {XssCorpus.Yaml(payload)}\n");

            // When
            var result = await site.BuildAsync();

            // Then
            result.Diagnostics.ShouldNotContain(d => d.Code == "SRO0001");
            AssertHarmless(site.Output.LastStaged, payload);
        }
    }

    private static void AssertHarmless(IReadOnlyDictionary<string, byte[]> files, string? payload = null)
    {
        files.Keys.ShouldContain("index.html");
        var parser = new HtmlParser();
        foreach (var (path, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var problems = XssCorpus.Problems(parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes)));
            problems.ShouldBeEmpty($"{path}{(payload is null ? "" : " mit " + payload)}: {string.Join("; ", problems)}");
        }
    }

    private static MemorySite SiteWith(string place)
    {
        var site = MemorySite.WithTaxonomy().Page("_index.md", "Start", "Text mit SRAE.\n");
        var glossary = new System.Text.StringBuilder("begriffe:\n");
        var milestones = new System.Text.StringBuilder("planungsstaende:\n  - id: plan\n    titel: Plan\n    aktuell: true\n    meilensteine:\n");
        var taxonomy = new System.Text.StringBuilder("ebenen:\n  - id: e1\n    name: Ebene\nstatus:\n  - id: planung\n    name: Planung\nbausteine:\n");
        for (var i = 0; i < Payloads.Count; i++)
        {
            var payload = Payloads[i];
            var yaml = XssCorpus.Yaml(payload);
            switch (place)
            {
                case "text":
                    site.Page($"seite-{i}.md", $"Seite {i}", payload + "\n");
                    break;
                case "title":
                    site.Write($"seite-{i}.md", $"---\ntitle: {yaml}\nversion: \"1\"\nstand: 2025-01-01\n---\n\nText.\n");
                    break;
                case "beschreibung":
                    site.Page($"seite-{i}.md", $"Seite {i}", "Text.\n", $"beschreibung: {yaml}\n");
                    break;
                case "aenderung":
                    site.Page($"seite-{i}.md", $"Seite {i}", "Text.\n", $"aenderungen:\n  - datum: 2025-01-01\n    zyklus: 1\n    phase: planung\n    text: {yaml}\n    beschluss: {yaml}\n");
                    break;
                case "begriff" or "kurz" or "definition" or "rechtsgrundlage" or "quelle":
                    glossary.Append($"  - id: b{i}\n    begriff: {(place == "begriff" ? yaml : $"Begriff {i}")}\n    kurz: {(place == "kurz" ? yaml : "k")}\n    definition: {(place == "definition" ? yaml : "d")}\n");
                    glossary.Append(place == "rechtsgrundlage" ? $"    rechtsgrundlage: {yaml}\n" : "");
                    glossary.Append(place == "quelle" ? $"    quellen:\n      - titel: {yaml}\n        url: {yaml}\n" : "");
                    break;
                case "meilenstein" or "meilenstein-beschreibung" or "termin-anzeige":
                    milestones.Append($"      - id: m{i}\n        titel: {(place == "meilenstein" ? yaml : $"M {i}")}\n        termin: 2025-01\n");
                    milestones.Append(place == "meilenstein-beschreibung" ? $"        beschreibung: {yaml}\n" : "");
                    milestones.Append(place == "termin-anzeige" ? $"        anzeige: {yaml}\n" : "");
                    break;
                case "status-name" or "baustein-name":
                    taxonomy.Append($"  - id: b{i}\n    name: {(place == "baustein-name" ? yaml : $"Baustein {i}")}\n");
                    site.Page($"b{i}.md", $"Baustein {i}", "Text.\n", $"baustein: b{i}\nebenen: [e1]\nstatus: planung\nzyklus: 1\n");
                    break;
            }
        }

        if (place is "begriff" or "kurz" or "definition" or "rechtsgrundlage" or "quelle")
        {
            site.Write("_data/glossar.yml", glossary.ToString());
        }

        if (place is "meilenstein" or "meilenstein-beschreibung" or "termin-anzeige")
        {
            site.Write("_data/meilensteine.yml", milestones.ToString());
        }

        if (place == "baustein-name")
        {
            site.Write("_data/taxonomie.yml", taxonomy.ToString());
        }

        if (place == "status-name")
        {
            site.Write("_data/taxonomie.yml", "ebenen:\n  - id: e1\n    name: Ebene\nstatus:\n" + string.Join("", Payloads.Select((p, i) => $"  - id: s{i}\n    name: {XssCorpus.Yaml(p)}\n    beschreibung: {XssCorpus.Yaml(p)}\n")) + "bausteine:\n  - id: alpha\n    name: Alpha\n");
            for (var i = 0; i < Payloads.Count; i++)
            {
                site.Page($"b{i}.md", $"Baustein {i}", "Text.\n", $"baustein: alpha\nebenen: [e1]\nstatus: s{i}\nzyklus: 1\n");
            }
        }

        return site;
    }
}
