using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.FrontMatter;

/// <summary>The "Done when" of the foundation: four different mistakes, one run, all reported, nothing written.</summary>
public sealed class CheckReportsEverythingTests
{
    [Fact]
    public async Task FourMistakes_AreAllReportedInOneRun_AndTheOldSiteStaysUntouched()
    {
        // Given: a previous, good build in _site
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        var before = Snapshot(site.OutputRoot);

        site.Write("bausteine/yaml.md", "---\ntitle: Kaputt\nbaustein: alpha\nebenen: [e1\nstatus: planung\n---\n");
        site.Write("bausteine/status.md", "---\ntitle: Status\nbaustein: beta\nebenen: [e1]\nstatus: fertig\nzyklus: 1\nversion: \"1\"\nstand: 2024-01-01\n---\n");
        site.Write("bausteine/pflicht.md", "---\ntitle: Pflicht\nbaustein: beta\nebenen: [e1]\nstatus: planung\nzyklus: 1\nstand: 2024-01-01\n---\n");
        site.Write("link.md", "---\ntitle: Link\nversion: \"1\"\nstand: 2024-01-01\n---\n\nText mit [totem Link](gibt-es-nicht.md).\n");

        // When
        var check = await site.CheckAsync();
        var build = await site.BuildAsync();

        // Then
        foreach (var result in new[] { check, build })
        {
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            errors.ShouldContain(d => d.Code == DiagnosticCodes.FrontMatterYamlInvalid && d.Location!.Value.Path == "content/bausteine/yaml.md" && d.Location.Value.Line > 1);
            errors.ShouldContain(d => d.Code == DiagnosticCodes.FrontMatterUnknownValue && d.Location == new SourceLocation("content/bausteine/status.md", 5, 9));
            errors.ShouldContain(d => d.Code == DiagnosticCodes.FrontMatterRequiredMissing && d.Location!.Value.Path == "content/bausteine/pflicht.md" && d.Message.Contains("'version'"));
            errors.ShouldContain(d => d.Code == DiagnosticCodes.LinkTargetMissing && d.Location == new SourceLocation("content/link.md", 7, 10));
            result.FilesWritten.ShouldBe(0);
        }

        Snapshot(site.OutputRoot).ShouldBe(before);
        Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order().ShouldBe(["_site", "content"]);
    }

    [Fact]
    public async Task FailedBuild_NeverWritesIntoContent()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("link.md", "---\ntitle: Link\nversion: \"1\"\nstand: 2024-01-01\n---\n\n[tot](nichts.md)\n");
        var before = Snapshot(site.ContentRoot);

        // When
        var result = await site.BuildAsync();

        // Then
        result.HasErrors.ShouldBeTrue();
        Snapshot(site.ContentRoot).ShouldBe(before);
        Directory.Exists(site.OutputRoot).ShouldBeFalse();
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
