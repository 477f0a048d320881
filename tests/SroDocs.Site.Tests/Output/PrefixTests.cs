using System.Xml.Linq;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Output;

public sealed class PrefixTests
{
    [Fact]
    public async Task UrlPrefix_GoesIntoAbsoluteUrls_WhileLinksStayRelative()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        var result = await site.BuildAsync(settings: inputs => inputs with { UrlPrefix = "/fassungen/2025-1/", BaseUrl = new Uri("https://sro.example.org/") });

        // Then
        result.HasErrors.ShouldBeFalse();
        var alpha = site.Html("bausteine/alpha/index.html");
        alpha.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://sro.example.org/fassungen/2025-1/bausteine/alpha/");
        alpha.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href").ShouldBe("../../assets/site.css");
        var feed = XDocument.Parse(site.Text("aenderungen/atom.xml")).Root!;
        feed.Elements().First(e => e.Name.LocalName == "id").Value.ShouldBe("https://sro.example.org/fassungen/2025-1/aenderungen/atom.xml");
    }
}
