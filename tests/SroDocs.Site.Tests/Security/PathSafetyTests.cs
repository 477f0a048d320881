using System.Diagnostics;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Security;

/// <summary>
/// Nothing outside the content and the theme reaches the site: symbolic links are never followed (one pointing out or
/// looping is an error naming the link), and links, images and front-matter names that would leave the content root —
/// relative, absolute, percent-encoded — are located errors. A secret file next to the content proves it: its text
/// never appears in any output.
/// </summary>
public sealed class PathSafetyTests : IDisposable
{
    private const string Secret = "GEHEIM-4711-NICHT-VEROEFFENTLICHEN";

    private readonly TestSite _site = TestSite.FromFixture("minimal");

    private readonly string _secretFile;

    public PathSafetyTests()
    {
        var outside = Path.Combine(_site.Root, "aussen");
        Directory.CreateDirectory(outside);
        _secretFile = Path.Combine(outside, "passwd");
        File.WriteAllText(_secretFile, Secret);
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("bild.png")]
    [InlineData("seite.md")]
    [InlineData("_data/glossar.yml")]
    public async Task FileLinkToTheOutside_IsAnErrorNamingTheLink_AndIsNeverRead(string name)
    {
        // Given
        var link = Path.Combine(_site.ContentRoot, name);
        File.Delete(link);
        File.CreateSymbolicLink(link, _secretFile);

        // When
        var result = await _site.BuildAsync();

        // Then
        var error = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkLeavesFolder).ShouldHaveSingleItem();
        error.Severity.ShouldBe(Severity.Error);
        error.Location!.Value.Path.ShouldBe("content/" + name);
        result.Diagnostics.ShouldNotContain(d => d.Message.Contains(Secret));
        Directory.Exists(_site.OutputRoot).ShouldBeFalse();
    }

    [Fact]
    public async Task FolderLinkToTheOutside_IsAnError_AndNothingBelowItIsRead()
    {
        // Given
        Directory.CreateSymbolicLink(Path.Combine(_site.ContentRoot, "dokumente"), Path.GetDirectoryName(_secretFile)!);

        // When
        var result = await _site.BuildAsync();

        // Then
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.LinkLeavesFolder && d.Location!.Value.Path == "content/dokumente");
        Directory.Exists(_site.OutputRoot).ShouldBeFalse();
    }

    [Fact]
    public async Task LinkInsideTheContent_IsAWarning_AndNotPublishedTwice()
    {
        // Given: a second name for an image that exists
        File.WriteAllBytes(Path.Combine(_site.ContentRoot, "bild.png"), [0x89, 0x50, 0x4E, 0x47]);
        File.CreateSymbolicLink(Path.Combine(_site.ContentRoot, "auch-bild.png"), Path.Combine(_site.ContentRoot, "bild.png"));

        // When
        var result = await _site.BuildAsync();

        // Then
        var warning = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkLeavesFolder).ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        _site.Exists("bild.png").ShouldBeTrue();
        _site.Exists("auch-bild.png").ShouldBeFalse();
    }

    [Fact]
    public async Task LinkLoop_IsAnError_AndCostsNothing()
    {
        // Given: a folder that contains itself, and two links pointing at each other
        Directory.CreateSymbolicLink(Path.Combine(_site.ContentRoot, "bausteine", "schleife"), _site.ContentRoot);
        File.CreateSymbolicLink(Path.Combine(_site.ContentRoot, "a.md"), Path.Combine(_site.ContentRoot, "b.md"));
        File.CreateSymbolicLink(Path.Combine(_site.ContentRoot, "b.md"), Path.Combine(_site.ContentRoot, "a.md"));

        // When
        var clock = Stopwatch.StartNew();
        var result = await _site.CheckAsync();
        clock.Stop();

        // Then
        result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkLeavesFolder && d.Severity == Severity.Error)
            .Select(d => d.Location!.Value.Path).Order(StringComparer.Ordinal)
            .ShouldBe(["content/a.md", "content/b.md", "content/bausteine/schleife"]);
        result.Diagnostics.ShouldNotContain(d => d.Code == "SRO0001");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "a guard against following the loop, not a speed goal");
    }

    [Fact]
    public async Task LinkInTheTheme_ToTheOutside_IsAnError()
    {
        // Given: a copy of the theme with a stylesheet that is a link to the secret
        var theme = Path.Combine(_site.Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.DefaultTheme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepositoryPaths.DefaultTheme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.CreateSymbolicLink(Path.Combine(theme, "assets", "geheim.css"), _secretFile);
        _site.ThemeRoot = theme;

        // When
        var result = await _site.BuildAsync();

        // Then
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.LinkLeavesFolder && d.Severity == Severity.Error && d.Location!.Value.Path.EndsWith("assets/geheim.css"));
        Directory.Exists(_site.OutputRoot).ShouldBeFalse();
    }

    [Theory]
    [InlineData("[a](../../aussen/passwd)")]
    [InlineData("[a](../aussen/passwd)")]
    [InlineData("[a](/aussen/passwd)")]
    [InlineData("[a](%2e%2e/aussen/passwd)")]
    [InlineData("[a](..%2Faussen%2Fpasswd)")]
    [InlineData("[a](bausteine/%2e%2e/%2e%2e/aussen/passwd)")]
    [InlineData("![a](../aussen/passwd)")]
    [InlineData("[a](file:///etc/passwd)")]
    [InlineData("<img src=\"../aussen/passwd\" alt=\"a\">")]
    public async Task LinkThatLeavesTheContent_IsALocatedError_AndNothingOutsideIsPublished(string markdown)
    {
        // Given
        _site.Write("seite.md", $"---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\nText davor.\n\n{markdown}\n");

        // When
        var result = await _site.BuildAsync();

        // Then
        var error = result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldHaveSingleItem(string.Join("\n", result.Diagnostics));
        error.Code.ShouldBeOneOf(DiagnosticCodes.LinkTargetMissing, DiagnosticCodes.UnsafeScheme, DiagnosticCodes.HtmlNotAllowed);
        error.Location.ShouldBe(new SourceLocation("content/seite.md", 9, 1));
        Directory.Exists(_site.OutputRoot).ShouldBeFalse();
    }

    [Theory]
    [InlineData("layout", "../../aussen/passwd")]
    [InlineData("layout", "/etc/passwd")]
    [InlineData("layout", "%2e%2e/seite")]
    [InlineData("layout", "..\\\\seite")]
    [InlineData("id", "../start")]
    [InlineData("id", "/etc/passwd")]
    [InlineData("id", "a/../../b")]
    public async Task NameInTheFrontMatterThatCouldLeaveARoot_IsALocatedError(string key, string value)
    {
        // Given
        _site.Write("seite.md", $"---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n{key}: \"{value}\"\n---\n\nText.\n");

        // When
        var result = await _site.BuildAsync();

        // Then
        var error = result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldHaveSingleItem(string.Join("\n", result.Diagnostics));
        error.Location.ShouldBe(new SourceLocation("content/seite.md", 5, key.Length + 3));
        Directory.Exists(_site.OutputRoot).ShouldBeFalse();
    }

    [Fact]
    public async Task ASiteWithoutTraps_IsBuilt_AndTheSecretIsNowhereInIt()
    {
        // Given: the control for the tests above — the same site, no link to the outside
        _site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\nText.\n");

        // When
        var result = await _site.BuildAsync();

        // Then
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        _site.Exists("seite/index.html").ShouldBeTrue();
        Directory.EnumerateFiles(_site.OutputRoot, "*", SearchOption.AllDirectories)
            .ShouldAllBe(f => !File.ReadAllText(f).Contains(Secret));
    }
}
