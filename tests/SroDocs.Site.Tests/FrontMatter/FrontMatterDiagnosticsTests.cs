using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.FrontMatter;

public sealed class FrontMatterDiagnosticsTests
{
    private const string ValidBaustein = """
        ---
        title: Gamma
        baustein: alpha
        ebenen: [e1]
        status: planung
        zyklus: 1
        version: "1"
        stand: 2024-01-01
        ---

        Text.
        """;

    private static async Task<IReadOnlyList<Diagnostic>> CheckAsync(string contentPath, string text)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(contentPath, text);
        var result = await site.CheckAsync();
        return result.Diagnostics.Where(d => d.Location?.Path == "content/" + contentPath).ToList();
    }

    [Fact]
    public async Task ValidPage_HasNoDiagnostics()
    {
        (await CheckAsync("bausteine/gamma.md", ValidBaustein)).ShouldBeEmpty();
    }

    [Fact]
    public async Task UnknownStatus_IsReportedAtTheValue_WithTheAllowedValues()
    {
        var diagnostic = (await CheckAsync("bausteine/gamma.md", ValidBaustein.Replace("status: planung", "status: planug"))).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterUnknownValue);
        diagnostic.Severity.ShouldBe(Severity.Error);
        diagnostic.Location.ShouldBe(new SourceLocation("content/bausteine/gamma.md", 5, 9));
        diagnostic.Message.ShouldContain("planung, entwicklung, erprobung, ueberpruefung, anpassung");
        diagnostic.Message.ShouldContain("Meinten Sie 'planung'?");
    }

    [Fact]
    public async Task MissingRequiredKey_IsAnError()
    {
        var diagnostic = (await CheckAsync("bausteine/gamma.md", ValidBaustein.Replace("zyklus: 1\n", ""))).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterRequiredMissing);
        diagnostic.Message.ShouldContain("'zyklus'");
        diagnostic.Location!.Value.Line.ShouldBe(2);
    }

    [Fact]
    public async Task WrongType_IsReportedAtTheValue()
    {
        var diagnostic = (await CheckAsync("bausteine/gamma.md", ValidBaustein.Replace("zyklus: 1", "zyklus: zwei"))).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterWrongType);
        diagnostic.Location.ShouldBe(new SourceLocation("content/bausteine/gamma.md", 6, 9));
    }

    [Fact]
    public async Task InvalidDate_IsReportedAtTheValue()
    {
        var diagnostic = (await CheckAsync("bausteine/gamma.md", ValidBaustein.Replace("stand: 2024-01-01", "stand: 01.01.2024"))).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterWrongType);
        diagnostic.Message.ShouldContain("JJJJ-MM-TT");
        diagnostic.Location.ShouldBe(new SourceLocation("content/bausteine/gamma.md", 8, 8));
    }

    [Fact]
    public async Task UnclosedBracket_IsReportedWhereItOpens()
    {
        var diagnostic = (await CheckAsync("bausteine/gamma.md", ValidBaustein.Replace("ebenen: [e1]", "ebenen: [e1"))).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterYamlInvalid);
        diagnostic.Location.ShouldBe(new SourceLocation("content/bausteine/gamma.md", 4, 9));
        diagnostic.Message.ShouldStartWith("Die Klammer '[' wird nicht geschlossen.");
    }

    [Fact]
    public async Task UnrecognisedYamlError_KeepsTheGeneralHintAndTheParsersWords()
    {
        var diagnostic = (await CheckAsync("bausteine/gamma.md", ValidBaustein.Replace("zyklus: 1", "zyklus: 1\n? a\n- b"))).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterYamlInvalid);
        diagnostic.Location!.Value.Path.ShouldBe("content/bausteine/gamma.md");
        diagnostic.Location!.Value.Line.ShouldBeGreaterThan(0);
        diagnostic.Message.ShouldStartWith("Die YAML-Angaben sind ungültig.");
        diagnostic.Message.ShouldContain("Meldung des YAML-Lesers");
    }

    [Fact]
    public async Task UnknownKey_IsAWarning_WithASuggestion()
    {
        var diagnostic = (await CheckAsync("bausteine/gamma.md", ValidBaustein.Replace("version: \"1\"", "version: \"1\"\nbeschreibng: Tippfehler"))).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterUnknownKey);
        diagnostic.Severity.ShouldBe(Severity.Warning);
        diagnostic.Location.ShouldBe(new SourceLocation("content/bausteine/gamma.md", 8, 1));
        diagnostic.Message.ShouldContain("Meinten Sie 'beschreibung'?");
    }

    [Fact]
    public async Task MissingFrontMatter_IsAnErrorAtTheFirstLine()
    {
        var diagnostic = (await CheckAsync("seite.md", "Nur Text.\n")).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterMissing);
        diagnostic.Location.ShouldBe(new SourceLocation("content/seite.md", 1, 1));
    }

    [Fact]
    public async Task UnknownEbeneInList_IsReportedAtTheListItem()
    {
        var diagnostic = (await CheckAsync("bausteine/gamma.md", ValidBaustein.Replace("ebenen: [e1]", "ebenen:\n  - e1\n  - e9"))).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterUnknownValue);
        diagnostic.Location.ShouldBe(new SourceLocation("content/bausteine/gamma.md", 6, 5));
    }

    [Fact]
    public async Task TaxonomyValues_MayBeGivenByNameOrNumber()
    {
        (await CheckAsync("bausteine/gamma.md", ValidBaustein.Replace("ebenen: [e1]", "ebenen: [Zweite Ebene, 3]").Replace("baustein: alpha", "baustein: Alpha-Konzept"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task DuplicatePageId_IsAnError()
    {
        var diagnostic = (await CheckAsync("zzz.md", "---\ntitle: Doppelt\nid: bausteine/alpha\nversion: \"1\"\nstand: 2024-01-01\n---\n")).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.DuplicatePageId);
    }

    [Theory]
    [InlineData("version: \"1\"\n\tgewicht: 3", 8, 1)]
    [InlineData("title: Gamma: mit Doppelpunkt", 2, 13)]
    [InlineData("version: \"1\"\nfeedback:\n  a: ja\n: \nx: y", 10, 1)]
    public async Task CommonYamlMistakes_PointAtTheOffendingLine(string replacement, int line, int column)
    {
        var text = replacement.StartsWith("title") ? ValidBaustein.Replace("title: Gamma", replacement) : ValidBaustein.Replace("version: \"1\"", replacement);
        var diagnostic = (await CheckAsync("bausteine/gamma.md", text)).ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.FrontMatterYamlInvalid);
        diagnostic.Location.ShouldBe(new SourceLocation("content/bausteine/gamma.md", line, column));
    }
}
