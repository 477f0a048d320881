using SroDocs.Testing;

namespace SroDocs.Site.Tests.Overview;

public sealed class MatrixTests
{
    [Fact]
    public async Task Matrix_HasARowPerBaustein_AColumnPerEbene_AndStatusInWords()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then
        var table = site.Html("uebersicht/index.html").QuerySelector("table.matrix")!;
        table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ShouldBe(["Baustein", "Erste Ebene", "Zweite Ebene", "Dritte Ebene"]);
        table.QuerySelectorAll("thead th").ShouldAllBe(th => th.GetAttribute("scope") == "col");
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent.Trim()).ShouldBe(["Alpha-Konzept", "Beta-Konzept"]);

        var alpha = rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        alpha[0].ShouldBe("ErprobungZyklus 2");
        alpha[1].ShouldBe("ErprobungZyklus 2");
        alpha[2].ShouldContain("nicht zugeordnet");
        var beta = rows[1].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        beta[0].ShouldContain("nicht zugeordnet");
        beta[2].ShouldBe("PlanungZyklus 1");
        rows[0].QuerySelector("th a")!.GetAttribute("href").ShouldBe("../bausteine/alpha/");
    }

    [Fact]
    public async Task EbenePage_ListsItsBausteine()
    {
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        var cards = site.Html("ebenen/e1/index.html").QuerySelectorAll("#bausteine-der-ebene ~ ul .card a").Select(a => a.TextContent).ToList();
        cards.ShouldBe(["Alpha-Konzept"]);
    }
}
