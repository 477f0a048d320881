using System.Xml.Linq;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Changelog;

public sealed class ChangelogTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task ChangelogPage_GroupsByZyklusThenPhase_NewestFirst()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then
        var page = site.Html("aenderungen/index.html");
        page.QuerySelectorAll("main section h2").Select(h => h.TextContent).ShouldBe(["Zyklus 2", "Zyklus 1"]);
        var cycle1 = page.QuerySelector("section[aria-labelledby=zyklus-1]")!;
        cycle1.QuerySelectorAll("h3").Select(h => h.TextContent).ShouldBe(["Phase: Planung"]);
        cycle1.QuerySelectorAll("li.change time").Select(t => t.GetAttribute("datetime")).ShouldBe(["2024-01-10", "2023-05-01"]);
        var first = page.QuerySelector("section[aria-labelledby=zyklus-2] li.change")!;
        first.TextContent.ShouldContain("Erprobung begonnen.");
        first.TextContent.ShouldContain("Beschluss 2021/BV/2536");
        first.QuerySelector("a")!.GetAttribute("href").ShouldBe("../bausteine/alpha/");
    }

    [Fact]
    public async Task BausteinPage_HasItsOwnChanges()
    {
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        var changes = site.Html("bausteine/alpha/index.html").QuerySelectorAll("#aenderungen-des-bausteins ~ ol li.change").ToList();
        changes.Select(c => c.QuerySelector(".change-text")!.TextContent.Trim()).ShouldBe(["Erprobung begonnen. (Beschluss 2021/BV/2536)", "Erster Entwurf."]);
        changes[0].QuerySelector(".change-where")!.TextContent.ShouldContain("Erprobung");
    }

    [Fact]
    public async Task AtomFeed_IsValidAtom_WithUniqueIdsAndAbsoluteLinks_AndLinkedFromEveryPage()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then
        var feed = XDocument.Parse(site.Text("aenderungen/atom.xml")).Root!;
        feed.Name.ShouldBe(Atom + "feed");
        feed.Element(Atom + "id")!.Value.ShouldBe("https://test.example.org/docs/aenderungen/atom.xml");
        feed.Element(Atom + "updated")!.Value.ShouldBe("2024-03-01T00:00:00Z");
        feed.Element(Atom + "title")!.Value.ShouldBe("Testkonzept – Änderungen");
        feed.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldBe("Testamt");
        var entries = feed.Elements(Atom + "entry").ToList();
        entries.Count.ShouldBe(3);
        entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count().ShouldBe(3);
        entries.Select(e => e.Element(Atom + "updated")!.Value).ShouldBe(["2024-03-01T00:00:00Z", "2024-01-10T00:00:00Z", "2023-05-01T00:00:00Z"]);
        entries.ShouldAllBe(e => e.Element(Atom + "title")!.Value.Length > 0);
        entries.SelectMany(e => e.Elements(Atom + "link")).ShouldAllBe(l => l.Attribute("href")!.Value.StartsWith("https://test.example.org/docs/"));
        entries[0].Element(Atom + "link")!.Attribute("href")!.Value.ShouldBe("https://test.example.org/docs/bausteine/alpha/");

        var head = site.Html("bausteine/beta/index.html").QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
        head.GetAttribute("href").ShouldBe("../../aenderungen/atom.xml");
    }

    [Fact]
    public async Task InconsistentChanges_AreErrorsAtTheirLocation()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("bausteine/gamma.md", """
            ---
            title: Gamma
            baustein: beta
            ebenen: [e1]
            status: planung
            zyklus: 1
            version: "1"
            stand: 2024-01-01
            aenderungen:
              - datum: 2024-01-01
                zyklus: 2
                phase: planung
                text: Zu hoher Zyklus.
              - datum: 2030-01-01
                zyklus: 1
                phase: planung
                text: Zukunft.
              - datum: 2024-01-01
                zyklus: 1
                phase: fertig
                text: Keine Phase.
            ---
            """);

        // When
        var result = await site.CheckAsync(new DateOnly(2025, 7, 1));

        // Then
        var path = "content/bausteine/gamma.md";
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.ChangeCycleTooHigh && d.Location == new Core.Diagnostics.SourceLocation(path, 11, 13));
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.ChangeInFuture && d.Location == new Core.Diagnostics.SourceLocation(path, 14, 12));
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.FrontMatterUnknownValue && d.Location == new Core.Diagnostics.SourceLocation(path, 20, 12));
    }

    [Fact]
    public async Task EntryIds_StayStable_WhenAnotherChangeIsInserted()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        var before = Entries(site);

        // When: a new change goes to the top of beta's list
        var beta = File.ReadAllText(Path.Combine(site.ContentRoot, "bausteine", "beta.md"));
        site.Write("bausteine/beta.md", beta.Replace("aenderungen:\n", "aenderungen:\n  - datum: 2024-01-11\n    zyklus: 1\n    phase: planung\n    text: Neu.\n"));
        await site.BuildCleanAsync();

        // Then
        var after = Entries(site);
        after.Count.ShouldBe(4);
        foreach (var (id, title) in before)
        {
            after[id].ShouldBe(title, "an entry keeps its id");
        }
    }

    private static Dictionary<string, string> Entries(TestSite site) =>
        XDocument.Parse(site.Text("aenderungen/atom.xml")).Root!.Elements(Atom + "entry")
            .ToDictionary(e => e.Element(Atom + "id")!.Value, e => e.Element(Atom + "title")!.Value);
}
