using System.Security.Cryptography;
using SroDocs.Cli;
using SroDocs.Testing;

namespace SroDocs.Cli.Tests;

/// <summary>
/// <c>new</c> on a copy of the shipped content: what it writes passes the real <c>check</c> and appears in the built site;
/// what it refuses leaves every file as it was.
/// </summary>
public sealed class NewCommandTests
{
    private const string Stand = "2025-07-01";

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliEnvironment(output, error, false));
        return (code, output.ToString(), error.ToString());
    }

    private static Task<(int Code, string Output, string Error)> NewAsync(TestSite site, params string[] args) =>
        RunAsync(["new", .. args, "--content", site.ContentRoot]);

    /// <summary>Runs the real <c>check</c> (it must find no error) and <c>build</c> over the site.</summary>
    private static async Task CheckAndBuildAsync(TestSite site)
    {
        var theme = new[] { "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--stand", Stand };
        var (checkCode, checkOutput, _) = await RunAsync(["check", .. theme]);
        checkCode.ShouldBe(ExitCodes.Success, checkOutput);
        checkOutput.ShouldContain(", 0 Fehler,");
        var (buildCode, buildOutput, _) = await RunAsync(["build", .. theme, "--output", site.OutputRoot, "--ohne-suche"]);
        buildCode.ShouldBe(ExitCodes.Success, buildOutput);
    }

    /// <summary>Every file of the content folder with the SHA-256 of its bytes.</summary>
    private static Dictionary<string, string> Fingerprint(TestSite site) =>
        Directory.EnumerateFiles(site.ContentRoot, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.ContentRoot, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static string Data(TestSite site, string name) => File.ReadAllText(Path.Combine(site.ContentRoot, "_data", name));

    /// <summary>The lines of <paramref name="after"/> with the added ones taken out: the text before, if nothing else changed.</summary>
    private static string WithoutLines(string after, int firstLine, int count) =>
        string.Join('\n', after.Split('\n').Where((_, i) => i < firstLine - 1 || i >= firstLine - 1 + count));

    [Fact]
    public async Task NewBaustein_NotInTheTaxonomy_WritesPageAndEntry_ThatPassCheck_AndAppearInTheSite()
    {
        // Given
        using var site = TestSite.FromShippedContent();
        var taxonomy = Data(site, "taxonomie.yml");

        // When
        var (code, output, error) = await NewAsync(site, "baustein", "digitalisierung", "--titel", "Digitalisierungskonzept", "--stand", Stand);

        // Then
        code.ShouldBe(ExitCodes.Success, error);
        output.ShouldContain($"Angelegt: {site.ContentRoot}/bausteine/digitalisierung.md – Baustein-Seite 'Digitalisierungskonzept' (Status planung, Zyklus 1");
        output.ShouldContain($"Ergänzt: {site.ContentRoot}/_data/taxonomie.yml ab Zeile 60");
        output.ShouldContain("Nächster Schritt:");
        var page = File.ReadAllText(Path.Combine(site.ContentRoot, "bausteine", "digitalisierung.md"));
        page.ShouldStartWith("---\ntitle: Digitalisierungskonzept\nversion: \"0.1\"\nstand: 2025-07-01\ngewicht: 6\nbaustein: digitalisierung\nebenen: [personenbezogen, sozialraumbezogen, organisationsbezogen, finanzierungsbezogen]\nstatus: planung\nzyklus: 1\n---\n");
        page.ShouldContain("::: platzhalter\nWelche Ebenen dieser Baustein betrifft, ist noch nicht festgelegt");
        WithoutLines(Data(site, "taxonomie.yml"), 60, 2).ShouldBe(taxonomy);
        await CheckAndBuildAsync(site);
        var html = site.Html("bausteine/digitalisierung/index.html");
        html.QuerySelector("h1")!.TextContent.Replace("\u00AD", "").ShouldBe("Digitalisierungskonzept");
        html.QuerySelectorAll(".platzhalter-label").Length.ShouldBe(3);
        site.Html("uebersicht/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").ShouldContain(href => href.Contains("bausteine/digitalisierung/"));
    }

    [Fact]
    public async Task NewBaustein_WithEbenenAndStatus_UsesThem_ByIdNameOrNumber()
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When
        var (code, _, error) = await NewAsync(site, "baustein", "digitalisierung", "--titel", "Digitalisierungskonzept", "--ebene", "organisationsbezogen,4", "--status", "Entwicklung", "--zyklus", "2", "--stand", Stand);

        // Then
        code.ShouldBe(ExitCodes.Success, error);
        var page = File.ReadAllText(Path.Combine(site.ContentRoot, "bausteine", "digitalisierung.md"));
        page.ShouldContain("ebenen: [organisationsbezogen, finanzierungsbezogen]\nstatus: entwicklung\nzyklus: 2\n");
        page.ShouldNotContain("vorläufig sind alle Ebenen eingetragen");
        await CheckAndBuildAsync(site);
        site.Exists("bausteine/digitalisierung/index.html").ShouldBeTrue();
    }

    [Fact]
    public async Task NewSeite_WritesAPage_ThatPassesCheck_AndAppearsInTheSite()
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When
        var (code, output, error) = await NewAsync(site, "seite", "projekt/netzwerkarbeit", "--titel", "Netzwerkarbeit: Stadtteiltische", "--beschreibung", "Wie die Stadtteiltische zusammenarbeiten.", "--stand", Stand);

        // Then
        code.ShouldBe(ExitCodes.Success, error);
        output.ShouldContain("(Adresse /projekt/netzwerkarbeit/)");
        File.ReadAllText(Path.Combine(site.ContentRoot, "projekt", "netzwerkarbeit.md"))
            .ShouldStartWith("---\ntitle: \"Netzwerkarbeit: Stadtteiltische\"\nversion: \"0.1\"\nstand: 2025-07-01\nbeschreibung: Wie die Stadtteiltische zusammenarbeiten.\ngewicht: 8\n---\n\n::: platzhalter\n");
        await CheckAndBuildAsync(site);
        var html = site.Html("projekt/netzwerkarbeit/index.html");
        html.QuerySelector("h1")!.TextContent.Replace("\u00AD", "").ShouldBe("Netzwerkarbeit: Stadtteiltische");
        html.QuerySelector(".platzhalter-label").ShouldNotBeNull();
    }

    [Fact]
    public async Task NewSeite_ForANewSection_WritesItsIndexPage()
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When
        var (code, _, error) = await NewAsync(site, "seite", "praxis/_index", "--titel", "Praxis", "--stand", Stand);

        // Then
        code.ShouldBe(ExitCodes.Success, error);
        await CheckAndBuildAsync(site);
        site.Exists("praxis/index.html").ShouldBeTrue();
    }

    [Fact]
    public async Task NewBegriff_AppendsToTheGlossaryText_ThatPassesCheck_AndAppearsInTheGlossary()
    {
        // Given
        using var site = TestSite.FromShippedContent();
        var glossary = Data(site, "glossar.yml");

        // When
        var (code, output, error) = await NewAsync(site, "begriff", "Netzwerkkarte", "--erklaerung", "Eine Netzwerkkarte zeigt, mit wem eine Familie im Stadtteil verbunden ist. Sie hilft, Ressourcen im Umfeld zu finden.");

        // Then
        code.ShouldBe(ExitCodes.Success, error);
        output.ShouldContain("Begriff 'Netzwerkkarte' (Kennung netzwerkkarte)");
        var after = Data(site, "glossar.yml");
        after.ShouldStartWith(glossary, Case.Sensitive, "the existing text, comments included, stays as it was");
        after[glossary.Length..].ShouldBe("""

              - id: netzwerkkarte
                begriff: Netzwerkkarte
                kurz: Eine Netzwerkkarte zeigt, mit wem eine Familie im Stadtteil verbunden ist.
                definition: |
                  Eine Netzwerkkarte zeigt, mit wem eine Familie im Stadtteil verbunden ist. Sie hilft, Ressourcen im Umfeld zu finden.

            """.Replace("\r\n", "\n"));
        await CheckAndBuildAsync(site);
        var entry = site.Html("glossar/index.html").GetElementById("netzwerkkarte");
        entry.ShouldNotBeNull();
        entry.TextContent.ShouldContain("Ressourcen im Umfeld");
    }

    [Fact]
    public async Task NewBegriff_WithoutExplanation_MarksItAsAPlaceholder()
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When
        var (code, _, error) = await NewAsync(site, "begriff", "Hilfeplanverfahren", "--abkuerzung", "HPV");

        // Then
        code.ShouldBe(ExitCodes.Success, error);
        Data(site, "glossar.yml").ShouldEndWith("  - id: hpv\n    abkuerzung: HPV\n    begriff: Hilfeplanverfahren\n    kurz: \"[noch offen: Kurzerklärung]\"\n    definition: |\n      ::: platzhalter\n      Die Erklärung dieses Begriffs ist noch nicht belegt.\n      :::\n");
        await CheckAndBuildAsync(site);
        site.Html("glossar/index.html").GetElementById("hpv")!.QuerySelector(".platzhalter-label").ShouldNotBeNull();
    }

    [Fact]
    public async Task NewMeilenstein_IsFiledByDateInTheCurrentPlan_PassesCheck_AndAppearsInTheTimeline()
    {
        // Given
        using var site = TestSite.FromShippedContent();
        var milestones = Data(site, "meilensteine.yml");

        // When
        var (code, output, error) = await NewAsync(site, "meilenstein", "--titel", "Zwischenbericht an den JHA", "--datum", "2025-09-15", "--baustein", "finanzierung", "--baustein", "Controlling");

        // Then
        code.ShouldBe(ExitCodes.Success, error);
        output.ShouldContain("Ergänzt: " + site.ContentRoot + "/_data/meilensteine.yml ab Zeile 47 – Meilenstein 'Zwischenbericht an den JHA' (Kennung zwischenbericht-an-den-jha) im Planungsstand 'projektplan-2024'");
        var after = Data(site, "meilensteine.yml");
        after.Split('\n')[46..50].ShouldBe(["      - id: zwischenbericht-an-den-jha", "        titel: Zwischenbericht an den JHA", "        termin: 2025-09-15", "        bausteine: [finanzierung, controlling]"]);
        after.Split('\n')[50].ShouldBe("      - id: kontrolle-feinanpassung");
        WithoutLines(after, 47, 4).ShouldBe(milestones);
        await CheckAndBuildAsync(site);
        var item = site.Html("zeitplan/index.html").GetElementById("zwischenbericht-an-den-jha");
        item.ShouldNotBeNull();
        item.TextContent.ShouldContain("Zwischenbericht an den JHA");
        item.TextContent.ShouldContain("15.09.2025");
    }

    /// <summary>Runs <c>new</c>, expects a German refusal with <paramref name="code"/> and every file unchanged to the byte; returns the message.</summary>
    private static async Task<string> RefusedAsync(TestSite site, int code, params string[] args)
    {
        var before = Fingerprint(site);
        var (actual, output, error) = await NewAsync(site, args);
        actual.ShouldBe(code, error);
        error.ShouldStartWith("Fehler: ");
        output.ShouldNotContain("Angelegt");
        output.ShouldNotContain("Ergänzt");
        Fingerprint(site).ShouldBe(before);
        return error;
    }

    [Theory]
    [InlineData("seite", "projekt/vision", "--titel", "Noch einmal")]
    [InlineData("seite", "bausteine/_index", "--titel", "Noch einmal")]
    [InlineData("baustein", "finanzierung")]
    [InlineData("begriff", "Sozialraum", "--erklaerung", "Doppelt.")]
    [InlineData("begriff", "Sozialräumliche Angebotsentwicklung")]
    [InlineData("begriff", "Etwas Neues", "--kennung", "srae")]
    [InlineData("meilenstein", "--titel", "Auftakt", "--kennung", "auftakt")]
    public async Task New_ForAnExistingFileOrEntry_RefusesInGerman_ExitsWithOne_AndChangesNoByte(params string[] args)
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When, Then
        (await RefusedAsync(site, ExitCodes.ContentErrors, args)).ShouldContain("Nichts geschrieben.");
    }

    [Fact]
    public async Task NewBegriff_WithAGlossaryThatIsNoUtf8Text_Refuses_AndChangesNoByte()
    {
        // Given: a glossary saved in Windows-1252 (ä as the single byte 0xE4), which the build reports as unreadable
        using var site = TestSite.FromShippedContent();
        var path = Path.Combine(site.ContentRoot, "_data", "glossar.yml");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(path), .. "\n# Erl"u8, 0xE4, .. "uterung\n"u8]);

        // When, Then: nothing is decoded with replacement characters and written back
        (await RefusedAsync(site, ExitCodes.ContentErrors, "begriff", "Netzwerkkarte", "--erklaerung", "Eine Karte.")).ShouldContain("keine UTF-8-Textdatei");
    }

    [Fact]
    public async Task NewMeilenstein_FindsTheDataFileUnderTheOtherNameTheBuildAccepts()
    {
        // Given: meilensteine.yaml instead of meilensteine.yml, as the build also reads it
        using var site = TestSite.FromShippedContent();
        File.Move(Path.Combine(site.ContentRoot, "_data", "meilensteine.yml"), Path.Combine(site.ContentRoot, "_data", "meilensteine.yaml"));

        // When
        var (code, output, error) = await NewAsync(site, "meilenstein", "--titel", "Zwischenbericht", "--datum", "2026-09");

        // Then
        code.ShouldBe(ExitCodes.Success, error + output);
        Data(site, "meilensteine.yaml").ShouldContain("Zwischenbericht");
        File.Exists(Path.Combine(site.ContentRoot, "_data", "meilensteine.yml")).ShouldBeFalse();
        await CheckAndBuildAsync(site);
    }

    [Fact]
    public async Task NewBaustein_ForATaxonomyBausteinThatHasAPageUnderAnotherName_Refuses()
    {
        // Given
        using var site = TestSite.FromShippedContent();
        File.Move(Path.Combine(site.ContentRoot, "bausteine", "qualitaet.md"), Path.Combine(site.ContentRoot, "bausteine", "qualitaetsentwicklung.md"));

        // When, Then
        (await RefusedAsync(site, ExitCodes.ContentErrors, "baustein", "qualitaet"))
            .ShouldContain($"Den Baustein 'qualitaet' beschreibt schon die Seite '{site.ContentRoot}/bausteine/qualitaetsentwicklung.md'.");
    }

    [Theory]
    [InlineData("Erlaubt (Ebene): personenbezogen, sozialraumbezogen, organisationsbezogen, finanzierungsbezogen.", "baustein", "digitalisierung", "--titel", "Digitalisierung", "--ebene", "personal")]
    [InlineData("Erlaubt (Status): planung, entwicklung, erprobung, ueberpruefung, anpassung. Meinten Sie 'planung'?", "baustein", "digitalisierung", "--titel", "Digitalisierung", "--status", "planen")]
    [InlineData("Erlaubt (Baustein): finanzierung, controlling, fallmanagement, qualitaet, qualifizierung.", "meilenstein", "--titel", "Neu", "--baustein", "finanz")]
    public async Task New_WithAnUnknownTaxonomyValue_NamesTheAllowedValues_ExitsWithTwo_AndWritesNothing(string allowed, params string[] args)
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When
        var error = await RefusedAsync(site, ExitCodes.Usage, args);

        // Then
        error.ShouldStartWith("Fehler: Unbekannter Wert '");
        error.ShouldContain(allowed);
    }

    [Theory]
    [InlineData("Qualität Neu", "Vorschlag: 'qualitaet-neu'")]
    [InlineData("Digitalisierung", "Vorschlag: 'digitalisierung'")]
    [InlineData("../ausbruch", "Vorschlag: 'ausbruch'")]
    [InlineData("neu--doppelt", "einzelne Bindestriche")]
    [InlineData("-neu", "ist ungültig")]
    public async Task NewBaustein_WithAnInvalidKennung_ExplainsTheRule_ExitsWithTwo_AndWritesNothing(string kennung, string hint)
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When
        var error = await RefusedAsync(site, ExitCodes.Usage, "baustein", kennung, "--titel", "Neu");

        // Then
        error.ShouldContain($"Die Kennung '{kennung}' ist ungültig: erlaubt sind Kleinbuchstaben ohne Umlaute");
        error.ShouldContain(hint);
    }

    [Theory]
    [InlineData("Bitte seinen Namen mit --titel", "baustein", "digitalisierung")]
    [InlineData("Ordner", "seite", "gibt-es-nicht/seite", "--titel", "X")]
    [InlineData("Der Name 'Neue Seite' ist ungültig", "seite", "projekt/Neue Seite", "--titel", "X")]
    [InlineData("--datum erwartet ein Datum im Format JJJJ-MM-TT", "meilenstein", "--titel", "X", "--datum", "15.9.2025")]
    [InlineData("--stand erwartet ein Datum im Format JJJJ-MM-TT", "seite", "projekt/neu", "--titel", "X", "--stand", "heute")]
    [InlineData("--zyklus erwartet eine ganze Zahl ab 1", "baustein", "digitalisierung", "--titel", "X", "--zyklus", "null")]
    [InlineData("Unbekannter Planungsstand 'plan-2030'. Vorhanden: projektplan-2024, steckbrief-2022.", "meilenstein", "--titel", "X", "--planungsstand", "plan-2030")]
    public async Task New_WithWrongArguments_ExitsWithTwo_WithAGermanMessage_AndWritesNothing(string message, params string[] args)
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When, Then
        (await RefusedAsync(site, ExitCodes.Usage, args)).ShouldContain(message);
    }
}
