using SroDocs.Testing;

namespace SroDocs.Site.Tests.Discovery;

public sealed class RobotsTxtTests
{
    [Fact]
    public async Task RobotsTxt_AllowsEverything_AndNamesTheSitemapsAbsoluteAddress()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync(settings: inputs => inputs with { UrlPrefix = "/konzept/" });

        // Then
        var lines = site.Text("robots.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(["User-agent: *", "Allow: /", "Sitemap: https://test.example.org/docs/konzept/sitemap.xml"]);
        site.Exists("sitemap.xml").ShouldBeTrue();
    }
}
