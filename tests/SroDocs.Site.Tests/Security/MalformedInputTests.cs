using System.Diagnostics;
using SroDocs.Core.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Security;

/// <summary>
/// The malformed-input corpus (<c>tests/Fixtures/malformed/</c>): each case lays its files over the minimal site (its
/// <c>theme/</c> over the default theme) and names in <c>erwartet.txt</c> exactly the diagnostics it must get, with
/// code and location, and the pages a valid case must build. A failed build leaves no output folder; no case may take
/// longer than <see cref="TimeBound"/> (a guard against runaway cost, not a speed goal: the benchmark has those).
/// File names are stored percent-encoded where the case needs a character the repository itself must not hold
/// (<c>frage%3F.md</c> is copied as <c>frage?.md</c>), so the repository still checks out on Windows.
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(30);

    private static string CorpusRoot => RepositoryPaths.Fixture("malformed");

    public static TheoryData<string> Cases => new(Directory.GetDirectories(CorpusRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void TheCorpus_CoversTheCasesTheIssueNames() =>
        Directory.GetDirectories(CorpusRoot).Length.ShouldBeGreaterThanOrEqualTo(30);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachCase_GetsExactlyItsExpectedDiagnostics(string name)
    {
        // Given
        var expected = Expectation.Read(Path.Combine(CorpusRoot, name, "erwartet.txt"));
        using var site = TestSite.FromMalformedCase(name);

        // When
        var clock = Stopwatch.StartNew();
        var result = await site.BuildAsync();
        clock.Stop();

        // Then
        result.Diagnostics.ShouldNotContain(d => d.Code == "SRO0001", string.Join("\n", result.Diagnostics));
        var actual = result.Diagnostics.Select(d => Describe(site, d)).Order(StringComparer.Ordinal).ToList();
        actual.ShouldBe(expected.Diagnostics.Order(StringComparer.Ordinal).ToList(), string.Join("\n", result.Diagnostics));
        clock.Elapsed.ShouldBeLessThan(TimeBound);

        if (result.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            Directory.Exists(site.OutputRoot).ShouldBeFalse("a failed build leaves no output folder");
        }

        foreach (var (path, heading) in expected.Pages)
        {
            site.Exists(path).ShouldBeTrue(path);
            var html = site.Html(path);
            html.QuerySelector("main h1")!.TextContent.Trim().ShouldBe(heading);
            site.Text(path).ShouldNotContain("\r");
            site.Text(path).ShouldNotContain("\uFEFF");
        }
    }

    /// <summary>"SRO2001 content/seite.md:5:1": the code and the location relative to the case.</summary>
    private static string Describe(TestSite site, Diagnostic diagnostic)
    {
        var location = diagnostic.Location is { } l
            ? " " + (l with { Path = (Path.IsPathRooted(l.Path) ? Path.GetRelativePath(site.Root, l.Path) : l.Path).Replace('\\', '/') })
            : "";
        return diagnostic.Code + location;
    }

    /// <summary>The lines of <c>erwartet.txt</c>: diagnostics ("CODE ort") and pages ("Seite pfad | Überschrift").</summary>
    private sealed record Expectation(IReadOnlyList<string> Diagnostics, IReadOnlyList<(string Path, string Heading)> Pages)
    {
        public static Expectation Read(string file)
        {
            var lines = File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            var pages = lines.Where(l => l.StartsWith("Seite ", StringComparison.Ordinal))
                .Select(l => l["Seite ".Length..].Split(" | ", 2))
                .Select(p => (p[0], p[1]))
                .ToList();
            return new Expectation(lines.Where(l => l.StartsWith("SRO", StringComparison.Ordinal)).ToList(), pages);
        }
    }
}
