using SroDocs.Testing;

namespace SroDocs.Site.Tests.FrontMatter;

/// <summary>Whatever authors write, the result is a located German diagnostic, never an internal error.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string, string> NastyFiles => new()
    {
        { "leer.md", "" },
        { "nurfm.md", "---\n---\n" },
        { "offen.md", "---\ntitle: T\n" },
        { "liste.md", "---\n- a\n- b\n---\n" },
        { "typen.md", "---\ntitle: [a, b]\nversion: {x: 1}\nstand: [2024]\n---\n" },
        { "aend.md", "---\ntitle: T\nversion: \"1\"\nstand: 2024-01-01\naenderungen: hallo\nebenen: {a: 1}\n---\n" },
        { "aend2.md", "---\ntitle: T\nversion: \"1\"\nstand: 2024-01-01\naenderungen:\n  - 5\n  - datum: morgen\n---\n" },
        { "links.md", "---\ntitle: T\nversion: \"1\"\nstand: 2024-01-01\n---\n[x]( ) [y](<>) [w](xref:) [v](glossar:) ![i](bild.png)\n" },
        { "tief.md", "---\ntitle: T\nversion: \"1\"\nstand: 2024-01-01\n---\n" + new string('>', 500) + " x\n" + new string('[', 2000) + "\n" },
        { "klammer.md", "---\ntitle: T\nebenen: [e1\n---\n" },
        { "_data/glossar.yml", "begriffe: 5\n" },
        { "_data/meilensteine.yml", "planungsstaende:\n  - id: x\n    titel: X\n    meilensteine: [1, 2]\n  - id: y\n    titel: Y\n    meilensteine:\n      - id: z\n        titel: Z\n        termin: 9999-12\n" },
        { "_data/taxonomie.yml", "- nur\n- liste\n" },
        { "_data/site.yml", "titel: [x]\nkontakt: 3\nbasis_url: ftp://x\n" },
    };

    [Theory]
    [MemberData(nameof(NastyFiles))]
    public async Task NastyFile_GivesALocatedDiagnostic_NeverAnInternalError(string path, string text)
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write(path, text);

        // When
        var result = await site.BuildAsync();

        // Then
        result.Diagnostics.ShouldNotContain(d => d.Code == "SRO0001", string.Join("\n", result.Diagnostics));
        result.Diagnostics.ShouldContain(d => d.Location != null && d.Location.Value.Path == "content/" + path);
        result.FilesWritten.ShouldBe(0);
    }

    [Fact]
    public async Task FileNotInUtf8_IsReportedAtTheFirstBadLine()
    {
        using var site = TestSite.FromFixture("minimal");
        File.WriteAllBytes(Path.Combine(site.ContentRoot, "latin1.md"), [.. "---\ntitle: T\nversion: \"1\"\nstand: 2024-01-01\n---\n\nGr"u8, 0xFC, .. "n\n"u8]);
        var diagnostic = (await site.CheckAsync()).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(Diagnostics.DiagnosticCodes.NotUtf8);
        diagnostic.Location.ShouldBe(new Core.Diagnostics.SourceLocation("content/latin1.md", 7, 3));
    }
}
