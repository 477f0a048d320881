using SroDocs.Testing;

namespace SroDocs.Site.Tests.Templates;

/// <summary>
/// Templates read views the way Handlebars reads objects (ViewMembers stands in for its reflection, which a natively
/// compiled program cannot use): lists with their loop variables and indexes, members of any case, a collection's
/// count from its interface, and an unknown name as an error naming the template.
/// </summary>
public sealed class ViewMembersTests
{
    private static MemorySite SiteWithLayout(string layout) =>
        MemorySite.WithTaxonomy()
            .Page("_index.md", "Start", "Text.\n")
            .Page("erste.md", "Erste Seite", "Text.\n")
            .Page("zweite.md", "Zweite Seite", "Text.\n")
            .Write("_theme/layouts/seite.hbs", layout);

    [Fact]
    public async Task ALoop_GivesIndexFirstAndLast_AndAListIsIndexedAndCounted()
    {
        // Given
        var site = SiteWithLayout(
            "<article><h1>{{page.title}}</h1>"
            + "<p id=\"schleife\">{{#each nav}}[{{@index}}{{#if @first}} erste{{/if}}{{#if @last}} letzte{{/if}}: {{title}}]{{/each}}</p>"
            + "<p id=\"index\">{{nav.[1].title}}</p><p id=\"anzahl\">{{nav.count}}</p><p id=\"gross\">{{PAGE.TITLE}}</p>"
            + "<p id=\"leer\">{{#each children}}x{{else}}keine{{/each}}</p>{{{content}}}</article>");

        // When
        var result = await site.BuildAsync();

        // Then
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        var page = site.Html("zweite/index.html");
        var titles = page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToList();
        titles.Count.ShouldBeGreaterThanOrEqualTo(3);
        var expected = string.Concat(titles.Select((title, i) => $"[{i}{(i == 0 ? " erste" : "")}{(i == titles.Count - 1 ? " letzte" : "")}: {title}]"));
        page.QuerySelector("#schleife")!.TextContent.ShouldBe(expected);
        page.QuerySelector("#index")!.TextContent.ShouldBe(titles[1]);
        page.QuerySelector("#anzahl")!.TextContent.ShouldBe(titles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#gross")!.TextContent.ShouldBe("Zweite Seite");
        page.QuerySelector("#leer")!.TextContent.ShouldBe("keine");
    }

    [Fact]
    public async Task AnUnknownMember_OfAListItem_IsAnErrorNamingTheTemplate()
    {
        // Given
        var site = SiteWithLayout("<article><h1>{{page.title}}</h1>{{#each nav}}{{titel}}{{/each}}{{{content}}}</article>");

        // When
        var result = await site.BuildAsync();

        // Then
        var problem = result.Diagnostics.FirstOrDefault(d => d.Code == "SRO3004");
        problem.ShouldNotBeNull(string.Join("\n", result.Diagnostics));
        problem.Location.ShouldNotBeNull();
        problem.Location.Value.Path.ShouldEndWith("layouts/seite.hbs");
        problem.Message.ShouldContain("'titel'");
    }
}
