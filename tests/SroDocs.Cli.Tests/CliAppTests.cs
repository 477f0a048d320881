using SroDocs.Cli;
using SroDocs.Testing;

namespace SroDocs.Cli.Tests;

public sealed class CliAppTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(bool githubActions, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliEnvironment(output, error, githubActions));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Build_WritesTheSite_AndExitsWithZero()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        var (code, output, _) = await RunAsync(false, "build", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--output", site.OutputRoot, "--stand", "2025-07-01");

        // Then
        var pages = Directory.EnumerateFiles(site.OutputRoot, "index.html", SearchOption.AllDirectories).Count();
        code.ShouldBe(ExitCodes.Success);
        output.ShouldContain($"Website erstellt: {pages} Seiten");
        pages.ShouldBeGreaterThan(9);
        site.Exists("index.html").ShouldBeTrue();
        site.Exists("suche/index.html").ShouldBeTrue("the repository's node_modules hold Pagefind (npm ci)");
        site.Exists("pagefind/pagefind.js").ShouldBeTrue();
    }

    [Fact]
    public async Task Build_ThreeTimesIntoTheSameFolder_StillHasItsSearchIndex_AndOnlyItsOwnPages()
    {
        // Given: two builds, the first with a page that the third no longer has
        using var site = TestSite.FromFixture("minimal");
        var extra = Path.Combine(site.ContentRoot, "nur-anfangs.md");
        File.WriteAllText(extra, "---\ntitle: Nur anfangs\nversion: \"1\"\nstand: 2024-01-01\n---\n\nText.\n");
        string[] build = ["build", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--output", site.OutputRoot, "--stand", "2025-07-01"];
        (await RunAsync(false, build)).Code.ShouldBe(ExitCodes.Success);
        site.Exists("nur-anfangs/index.html").ShouldBeTrue();
        File.Delete(extra);
        (await RunAsync(false, build)).Code.ShouldBe(ExitCodes.Success);

        // When: the third build writes into the first one's site
        var (code, _, _) = await RunAsync(false, build);

        // Then
        code.ShouldBe(ExitCodes.Success);
        site.Exists("pagefind/pagefind.js").ShouldBeTrue();
        site.Exists("pagefind/pagefind-entry.json").ShouldBeTrue();
        site.Exists("nur-anfangs/index.html").ShouldBeFalse();
    }

    [Fact]
    public async Task Build_WithoutSearch_LeavesOutTheSearchPageAndItsIndex()
    {
        using var site = TestSite.FromFixture("minimal");
        var (code, _, _) = await RunAsync(false, "build", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--output", site.OutputRoot, "--ohne-suche");
        code.ShouldBe(ExitCodes.Success);
        site.Exists("index.html").ShouldBeTrue();
        site.Exists("suche/index.html").ShouldBeFalse();
        site.Exists("pagefind/pagefind.js").ShouldBeFalse();
        site.Html("index.html").QuerySelectorAll(".service-links a").Select(a => a.TextContent).ShouldNotContain("Suche");
    }

    [Fact]
    public async Task Check_WithContentErrors_PrintsEachWithLocation_ExitsWithOne_AndWritesNothing()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\nstatus: fertig\n---\n\n[tot](weg.md)\n");

        // When
        var (code, output, _) = await RunAsync(false, "check", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--stand", "2025-07-01");

        // Then
        code.ShouldBe(ExitCodes.ContentErrors);
        output.ShouldContain("seite.md:5:9: Fehler SRO2004:");
        output.ShouldContain("seite.md:8:1: Fehler SRO4001:");
        output.ShouldContain("2 Fehler, 0 Warnungen");
        output.ShouldNotContain("   at ");
        Directory.Exists(site.OutputRoot).ShouldBeFalse();
    }

    [Fact]
    public async Task InGitHubActions_DiagnosticsAreAlsoWorkflowAnnotations()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\n[tot](weg.md)\n");
        var (_, output, _) = await RunAsync(true, "check", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme);
        output.ShouldContain("::error file=");
        output.ShouldContain("seite.md,line=7,col=1,title=SRO4001::Die verlinkte Seite");
    }

    [Fact]
    public async Task WarningsAsErrors_FailsOnWarnings()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\nfarbe: blau\n---\n");
        (await RunAsync(false, "check", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme)).Code.ShouldBe(ExitCodes.Success);
        var (code, output, _) = await RunAsync(false, "build", "--content", site.ContentRoot, "--theme", RepositoryPaths.DefaultTheme, "--output", site.OutputRoot, "--warnings-as-errors");
        code.ShouldBe(ExitCodes.ContentErrors);
        output.ShouldContain("Fehler SRO2005");
        Directory.Exists(site.OutputRoot).ShouldBeFalse();
    }

    [Theory]
    [InlineData("build", "--unbekannt")]
    [InlineData("bauen")]
    [InlineData("build", "--stand", "1.7.2025")]
    [InlineData("check", "--base-url", "kein url")]
    [InlineData("check", "--base-url", "/srv/sro")]
    [InlineData]
    public async Task WrongUsage_ExitsWithTwo_WithAGermanMessage(params string[] args)
    {
        var (code, _, error) = await RunAsync(false, args);
        code.ShouldBe(ExitCodes.Usage);
        error.ShouldStartWith("Fehler:");
    }

    [Fact]
    public async Task MissingContentFolder_IsAContentError_NotACrash()
    {
        var (code, output, _) = await RunAsync(false, "check", "--content", "/gibt/es/nicht", "--theme", RepositoryPaths.DefaultTheme);
        code.ShouldBe(ExitCodes.ContentErrors);
        output.ShouldContain("SRO1001");
    }
}
