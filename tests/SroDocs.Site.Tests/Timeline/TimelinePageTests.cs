using AngleSharp.Dom;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.Tests.Timeline;

public sealed class TimelinePageTests
{
    private static Dictionary<string, string> States(IParentNode page, string plan) =>
        page.QuerySelectorAll($"section[aria-labelledby={plan}] li.milestone").ToDictionary(li => li.Id!, li => li.QuerySelector(".state")!.TextContent);

    [Fact]
    public async Task States_FollowTheReferenceDate()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync(new DateOnly(2025, 7, 1));

        // Then
        var page = site.Html("zeitplan/index.html");
        States(page, "plan-neu").ShouldBe(new Dictionary<string, string>
        {
            ["start"] = "erreicht",
            ["analyse"] = "Termin verstrichen, Erreichen nicht belegt",
            ["erprobung"] = "laufend",
            ["kontrolle"] = "geplant",
        });
        States(page, "plan-alt").Values.ShouldAllBe(s => s == "früherer Planungsstand");
        page.QuerySelector("#alt-planung .milestone-date")!.TextContent.ShouldBe("Ende 2022 / Anfang 2023");
        page.QuerySelector("#start .milestone-date time")!.GetAttribute("datetime").ShouldBe("2024-01-09");
        page.QuerySelector("#analyse .milestone-text strong")!.TextContent.ShouldBe("Analyse");
        page.QuerySelector("section[aria-labelledby=plan-alt] .plan-meta")!.TextContent.ShouldContain("Stand 29.07.2022");
    }

    [Fact]
    public async Task TodayMarker_StandsBeforeTheFirstFutureMilestone()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync(new DateOnly(2024, 3, 1));

        // Then
        var items = site.Html("zeitplan/index.html").QuerySelectorAll("section[aria-labelledby=plan-neu] ol.timeline > li").Select(li => li.Id).ToList();
        items.ShouldBe(["start", "heute", "analyse", "erprobung", "kontrolle"]);
        States(site.Html("zeitplan/index.html"), "plan-neu")["kontrolle"].ShouldBe("geplant");
        States(site.Html("zeitplan/index.html"), "plan-neu")["analyse"].ShouldBe("geplant");
        site.Html("zeitplan/index.html").GetElementById("heute")!.TextContent.ShouldContain("01.03.2024");
    }

    [Theory]
    [InlineData("2024-01-09", "2024-01-09", "2024-01-01", MilestoneState.Geplant)]
    [InlineData("2024-01-09", "2024-01-09", "2024-01-09", MilestoneState.Erreicht)]
    [InlineData("2024-06", null, "2024-06-15", MilestoneState.Laufend)]
    [InlineData("2024-06", null, "2024-07-01", MilestoneState.TerminVerstrichen)]
    [InlineData("ab 2025-06", null, "2030-01-01", MilestoneState.Laufend)]
    [InlineData("bis 2025-12", null, "2024-03-01", MilestoneState.Geplant)]
    [InlineData("bis 2025-12", null, "2026-01-01", MilestoneState.TerminVerstrichen)]
    public void StateOn_FollowsTheDateAndItsPrecision(string termin, string? reached, string today, MilestoneState expected)
    {
        Termin.TryParse(termin, out var parsed).ShouldBeTrue();
        var milestone = new Milestone("m", "M", parsed, null, reached is null ? null : DateOnly.Parse(reached), "", [], default);
        milestone.StateOn(DateOnly.Parse(today), currentPlan: true).ShouldBe(expected);
        milestone.StateOn(DateOnly.Parse(today), currentPlan: false).ShouldBe(MilestoneState.Abgeloest);
    }

    [Fact]
    public async Task HomePage_ShowsCurrentAndNextMilestone()
    {
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync(new DateOnly(2024, 3, 1));
        var cards = site.Html("index.html").QuerySelectorAll(".milestone-card").ToList();
        cards[0].TextContent.ShouldContain("Auftakt");
        cards[1].TextContent.ShouldContain("Analyse");
        cards[1].QuerySelector("a")!.GetAttribute("href").ShouldBe("zeitplan/#analyse");
    }

    [Fact]
    public async Task BausteinPage_ListsItsMilestones()
    {
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        site.Html("bausteine/alpha/index.html").QuerySelectorAll("#meilensteine-des-bausteins ~ ol li.milestone h3 a").Select(a => a.GetAttribute("href")).ShouldBe(["../../zeitplan/#start", "../../zeitplan/#analyse"]);
        site.Html("bausteine/beta/index.html").QuerySelectorAll("#meilensteine-des-bausteins ~ ol li.milestone h3 a").Select(a => a.GetAttribute("href")).ShouldBe(["../../zeitplan/#start", "../../zeitplan/#erprobung"]);
    }

    [Fact]
    public async Task InvalidMilestoneData_IsReportedWithItsLocation()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("_data/meilensteine.yml", """
            planungsstaende:
              - id: p
                titel: Plan
                aktuell: true
                meilensteine:
                  - id: a
                    titel: A
                    termin: Mitte 2024
                  - id: b
                    titel: B
                    termin: 2024-06
                    bausteine: [alpha, gamma]
                  - titel: ohne id
            """);

        // When
        var result = await site.CheckAsync();

        // Then
        var path = "content/_data/meilensteine.yml";
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.DataInvalidDate && d.Location == new Core.Diagnostics.SourceLocation(path, 8, 17));
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.DataUnknownReference && d.Location == new Core.Diagnostics.SourceLocation(path, 12, 28));
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.DataRequiredMissing && d.Message.Contains("'id'") && d.Location!.Value.Line == 13);
    }
}
