using SroDocs.Cli;
using SroDocs.Testing;

namespace SroDocs.Cli.Tests;

/// <summary>
/// <c>snapshot</c>, <c>beschliessen</c> and <c>verify</c> as an author calls them: bad input is one German sentence with
/// exit code 1 and nothing written; a good call freezes, decides or verifies and says so.
/// </summary>
public sealed class FassungCommandTests : IDisposable
{
    private readonly TestSite _site = TestSite.FromFixture("minimal");

    public void Dispose() => _site.Dispose();

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] common = ["--content", _site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--fassungen", _site.FassungenRoot, "--stand", "2099-03-11"];
        var code = await CliApp.RunAsync([.. args, .. common], new CliEnvironment(output, error, false));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Snapshot_FreezesTheContent_AndVerifyPrintsItsRootHash()
    {
        // When
        var (code, output, _) = await RunAsync("snapshot", "--beschluss", "2099/BV/0001", "--datum", "2099-03-10", "--titel", "Erste Fassung");

        // Then
        code.ShouldBe(ExitCodes.Success, output);
        var manifest = File.ReadAllText(Path.Combine(_site.FassungenRoot, "2099-bv-0001", "fassung.yml"));
        manifest.ShouldContain("beschluss: \"2099/BV/0001\"");
        var root = output.Split('\n').Single(l => l.StartsWith("Wurzel-Prüfsumme", StringComparison.Ordinal)).Split(": ")[1].Trim();
        manifest.ShouldContain("wurzel: " + root);
        File.Exists(Path.Combine(_site.FassungenRoot, "2099-bv-0001", "inhalt", "bausteine", "alpha.md")).ShouldBeTrue();

        var (verified, said, _) = await RunAsync("verify");
        verified.ShouldBe(ExitCodes.Success);
        said.ShouldContain($"2099/BV/0001  beschlossen  {root}  unverändert");
    }

    [Theory]
    [InlineData("2099-BV-0001", "2099-03-10", "ist keine Beschlussnummer")]
    [InlineData("2099/XYZ/1", "2099-03-10", "ist keine Beschlussnummer")]
    [InlineData("2099/BV/0001", "10.03.2099", "--datum erwartet ein Datum im Format JJJJ-MM-TT")]
    [InlineData("2099/BV/0001", "2099-02-30", "--datum erwartet ein Datum im Format JJJJ-MM-TT")]
    public async Task Snapshot_WithBadInput_SaysWhyInGerman_ExitsWithOne_AndWritesNothing(string beschluss, string datum, string message)
    {
        // When
        var (code, _, error) = await RunAsync("snapshot", "--beschluss", beschluss, "--datum", datum, "--titel", "T");

        // Then
        code.ShouldBe(ExitCodes.ContentErrors);
        error.ShouldContain(message);
        error.ShouldNotContain("   at ");
        Directory.Exists(_site.FassungenRoot).ShouldBeFalse();
    }

    [Fact]
    public async Task Snapshot_OfADecisionAlreadyFrozen_IsRefused_AndTheFirstStays()
    {
        // Given
        (await RunAsync("snapshot", "--beschluss", "2099/BV/0001", "--datum", "2099-03-10", "--titel", "Erste")).Code.ShouldBe(ExitCodes.Success);
        var manifest = File.ReadAllText(Path.Combine(_site.FassungenRoot, "2099-bv-0001", "fassung.yml"));
        _site.Write("neu.md", "---\ntitle: Neu\nversion: \"1\"\nstand: 2099-01-01\n---\n\nText.\n");

        // When
        var (code, output, _) = await RunAsync("snapshot", "--beschluss", "2099/BV/0001", "--datum", "2099-03-10", "--titel", "Noch einmal");

        // Then
        code.ShouldBe(ExitCodes.ContentErrors);
        output.ShouldContain("Zum Beschluss 2099/BV/0001 gibt es schon die Fassung");
        File.ReadAllText(Path.Combine(_site.FassungenRoot, "2099-bv-0001", "fassung.yml")).ShouldBe(manifest);
        File.Exists(Path.Combine(_site.FassungenRoot, "2099-bv-0001", "inhalt", "neu.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Snapshot_WhileTheContentHasErrors_IsRefused()
    {
        // Given
        _site.Write("kaputt.md", "---\ntitle: Kaputt\nversion: \"1\"\nstand: 2099-01-01\n---\n\n[tot](weg.md)\n");

        // When
        var (code, output, _) = await RunAsync("snapshot", "--beschluss", "2099/BV/0001", "--datum", "2099-03-10", "--titel", "T");

        // Then
        code.ShouldBe(ExitCodes.ContentErrors);
        output.ShouldContain("kaputt.md:7:1: Fehler SRO4001");
        output.ShouldContain("Fassung nicht eingefroren");
        Directory.Exists(Path.Combine(_site.FassungenRoot, "2099-bv-0001")).ShouldBeFalse();
    }

    [Fact]
    public async Task Beschliessen_MarksAVorlageAsDecided_AndVerifyStillAgrees()
    {
        // Given
        (await RunAsync("snapshot", "--beschluss", "2099/BV/0002", "--status", "vorlage", "--titel", "Vorlage")).Code.ShouldBe(ExitCodes.Success);

        // When
        var (code, output, _) = await RunAsync("beschliessen", "--beschluss", "2099/BV/0002", "--datum", "2099-04-01");

        // Then
        code.ShouldBe(ExitCodes.Success, output);
        output.ShouldContain("als beschlossen vermerkt (am 01.04.2099)");
        File.ReadAllText(Path.Combine(_site.FassungenRoot, "2099-bv-0002", "fassung.yml")).ShouldContain("status: beschlossen");
        (await RunAsync("verify")).Code.ShouldBe(ExitCodes.Success);
        var (again, said, _) = await RunAsync("beschliessen", "--beschluss", "2099/BV/0002", "--datum", "2099-04-02");
        again.ShouldBe(ExitCodes.ContentErrors);
        said.ShouldContain("ist bereits beschlossen (am 01.04.2099)");
    }

    [Fact]
    public async Task Verify_AfterTampering_NamesTheFile_AndExitsWithOne()
    {
        // Given
        (await RunAsync("snapshot", "--beschluss", "2099/BV/0001", "--datum", "2099-03-10", "--titel", "T")).Code.ShouldBe(ExitCodes.Success);
        File.AppendAllText(Path.Combine(_site.FassungenRoot, "2099-bv-0001", "inhalt", "_index.md"), "Nachträglich.\n");

        // When
        var (code, output, _) = await RunAsync("verify");

        // Then
        code.ShouldBe(ExitCodes.ContentErrors);
        output.ShouldContain("2099-bv-0001/inhalt/_index.md: Fehler SRO6005: Die Datei wurde nach dem Einfrieren verändert");
        output.ShouldContain("0 unverändert, 1 Fehler");
    }
}
