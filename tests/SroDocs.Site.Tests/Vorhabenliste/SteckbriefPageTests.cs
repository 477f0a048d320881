using AngleSharp.Dom;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Vorhabenliste;

/// <summary>The Steckbrief page: the data file's fields, the model's facts beside them, placeholders, and located German errors.</summary>
public sealed class SteckbriefPageTests
{
    private const string Steckbrief = """
        bezeichnung: Testvorhaben Alpha
        stand: 2024-05-06
        beschreibung: Ein Vorhaben zum *Testen*.
        beschluesse: [2099/BV/0001, 2017/AN/2460-01 (SN)]
        kostenrahmen: 12.345 Euro im Testhaushalt
        beteiligung:
          geplant: ja
          stufe: konsultation
          gestaltungsspielraum: Gestaltbar im Testrahmen.
          ab_meilenstein: erprobung
          formate: [Werkstatt, Umfrage]
        weitere_informationen:
          - titel: Testportal
            url: https://example.org/test
        kriterien:
          beteiligung_vorgesehen: ja
          hohes_interesse: ja
          ortsbild: nein
        """;

    private static Dictionary<string, string> Fields(IParentNode page) =>
        page.QuerySelectorAll("dl.steckbrief > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => d.QuerySelector("dd")!.TextContent);

    [Fact]
    public async Task Page_ShowsTheDataFilesFields_AndTheModelsFacts()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("_data/steckbrief.yml", Steckbrief);

        // When
        await site.BuildCleanAsync(new DateOnly(2025, 7, 1));

        // Then
        var page = site.Html("projekt/steckbrief/index.html");
        var fields = Fields(page);
        fields["Bezeichnung des Vorhabens"].ShouldBe("Testvorhaben Alpha");
        page.QuerySelector("dl.steckbrief em")!.TextContent.ShouldBe("Testen");
        fields["Beschreibung einschließlich Zielsetzung"].ShouldContain("Alpha-Konzept");
        fields["Beschreibung einschließlich Zielsetzung"].ShouldContain("Beta-Konzept");
        fields["Politische Beschlusslage"].ShouldContain("2099/BV/0001, 2017/AN/2460-01 (SN)");
        fields["Politische Beschlusslage"].ShouldContain("Eine beschlossene Fassung des Fachkonzepts gibt es bisher nicht.");
        fields["Bearbeitungsstand"].ShouldContain("Erprobung (Zyklus 2)");
        fields["Bearbeitungsstand"].ShouldContain("Planung (Zyklus 1)");
        fields["Kostenrahmen und Haushaltsmittel"].ShouldBe("12.345 Euro im Testhaushalt");
        fields["In welcher Intensität?"].ShouldBe("Konsultation");
        fields["Gestaltungsspielraum"].ShouldBe("Gestaltbar im Testrahmen.");
        fields["Art der Beteiligung"].ShouldBe("WerkstattUmfrage");
        fields["Weitere Informationen"].ShouldContain("Testportal");
        fields["Datum der letzten Aktualisierung"].ShouldContain("Stand 06.05.2024");
        fields["Datum der letzten Aktualisierung"].ShouldContain("01.07.2025");
        page.QuerySelectorAll("table.kriterien tbody tr td:last-child").Select(td => td.TextContent.Trim())
            .ShouldBe(["ja", "ja", "nein", "[noch offen]", "[noch offen]"]);
        page.QuerySelector(".kriterien-ergebnis")!.TextContent.ShouldStartWith("2 von 5 Kriterien erfüllt");
        fields["Zeitrahmen"].ShouldContain("[noch offen: Zeitrahmen der Beteiligung]");
        page.QuerySelector("a[href='../../daten/fachkonzept.json']").ShouldNotBeNull();
    }

    [Fact]
    public async Task StepsAndState_FollowTheTimeline_OnTheReferenceDate()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("_data/steckbrief.yml", Steckbrief);

        // When
        await site.BuildCleanAsync(new DateOnly(2025, 7, 1));

        // Then
        var timeline = site.Html("zeitplan/index.html").QuerySelectorAll("section[aria-labelledby=plan-neu] li.milestone")
            .Where(li => li.QuerySelector(".state")!.TextContent != "erreicht")
            .Select(li => $"{li.QuerySelector(".milestone-title")!.TextContent.Trim()} – {li.QuerySelector(".state")!.TextContent}").ToList();
        var steps = site.Html("projekt/steckbrief/index.html").QuerySelectorAll(".steckbrief-schritte li")
            .Select(li => li.TextContent[(li.TextContent.IndexOf(": ", StringComparison.Ordinal) + 2)..]).ToList();
        timeline.Count.ShouldBeGreaterThan(0);
        steps.ShouldBe(timeline);
    }

    [Fact]
    public async Task MissingFields_ArePlaceholders()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("_data/steckbrief.yml", "bezeichnung: Nur ein Name\nstand: 2024-05-06\n");

        // When
        await site.BuildCleanAsync();

        // Then
        var fields = Fields(site.Html("projekt/steckbrief/index.html"));
        fields["Kostenrahmen und Haushaltsmittel"].ShouldBe("[noch offen: Kostenrahmen und Haushaltsmittel]");
        fields["Ist Beteiligung geplant?"].ShouldBe("[noch offen: ob Beteiligung geplant ist]");
        fields["Politische Beschlusslage"].ShouldContain("[noch offen: Beschlüsse]");
    }

    [Fact]
    public async Task WithoutDataFile_ThereIsNoSteckbriefPage()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then
        site.Exists("projekt/steckbrief/index.html").ShouldBeFalse();
    }

    [Theory]
    [InlineData("beschluesse: [2021/BV/25]", 3, 15, DiagnosticCodes.DataWrongType, "keine Beschlussnummer")]
    [InlineData("beteiligung:\n  stufe: mitreden", 4, 10, DiagnosticCodes.DataWrongType, "Unbekannte Beteiligungsstufe 'mitreden'")]
    [InlineData("beteiligung:\n  ab_meilenstein: gibtsnicht", 4, 19, DiagnosticCodes.DataUnknownReference, "Meilenstein 'gibtsnicht'")]
    [InlineData("kriterien:\n  ortsbild: vielleicht", 4, 13, DiagnosticCodes.DataWrongType, "vielleicht")]
    public async Task BadDataFile_GivesALocatedGermanError(string line, int row, int column, string code, string message)
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("_data/steckbrief.yml", $"bezeichnung: Test\nstand: 2024-05-06\n{line}\n");

        // When
        var result = await site.CheckAsync();

        // Then
        var error = result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldHaveSingleItem();
        error.Code.ShouldBe(code);
        error.Location.ShouldBe(new SourceLocation("content/_data/steckbrief.yml", row, column));
        error.Message.ShouldContain(message);
    }

    [Fact]
    public async Task MissingStand_IsAnError_AtTheFile()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("_data/steckbrief.yml", "bezeichnung: Test\n");

        // When
        var result = await site.CheckAsync();

        // Then
        var error = result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.DataRequiredMissing);
        error.Location!.Value.Path.ShouldBe("content/_data/steckbrief.yml");
        error.Message.ShouldContain("stand");
    }

    [Fact]
    public async Task ShippedSteckbrief_IsLinkedFromTheProjectSection_AndNamesOnlyTheOffice()
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When
        await site.BuildCleanAsync();

        // Then
        site.Html("projekt/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain("steckbrief/");
        var fields = Fields(site.Html("projekt/steckbrief/index.html"));
        fields["Ansprechstelle und Kontaktdaten"].ShouldContain("Amt für Finanzen und Planung – Jugend und Soziales");
        fields["Ansprechstelle und Kontaktdaten"].ShouldContain("amt52@rostock.de");
        fields["Politische Beschlusslage"].ShouldContain("2021/BV/2536");
    }
}
