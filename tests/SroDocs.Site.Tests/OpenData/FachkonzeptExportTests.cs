using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Json.Schema;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.OpenData;
using SroDocs.Site.Timeline;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.OpenData;

/// <summary>
/// fachkonzept.json against its published schema (JsonSchema.Net, formats asserted) and against the pages built from
/// the same model: the overview's Baustein × Ebene cells and the timeline's milestone states.
/// </summary>
public sealed class FachkonzeptExportTests
{
    private static EvaluationResults Validate(string schemaText, JsonNode? document)
    {
        var schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var json = JsonDocument.Parse(document?.ToJsonString() ?? "null");
        return schema.Evaluate(json.RootElement, new EvaluationOptions { RequireFormatValidation = true, OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static JsonObject Export(TestSite site) => JsonNode.Parse(site.Text(FachkonzeptExport.FilePath))!.AsObject();

    [Fact]
    public async Task ShippedContent_ExportValidatesAgainstThePublishedSchema()
    {
        // Given
        using var site = TestSite.FromShippedContent();

        // When
        await site.BuildCleanAsync();

        // Then
        var schema = site.Text(FachkonzeptSchema.FilePath);
        var document = Export(site);
        var results = Validate(schema, document);
        results.IsValid.ShouldBeTrue(Errors(results));
        document["$schema"]!.GetValue<string>().ShouldBe(JsonNode.Parse(schema)!["$id"]!.GetValue<string>());
        document["$schema"]!.GetValue<string>().ShouldEndWith("/daten/fachkonzept.schema.json");
        document["bausteine"]!.AsArray().Count.ShouldBe(5);
        document["glossar"]!.AsArray().Count.ShouldBeGreaterThan(10);
    }

    [Theory]
    [InlineData("bausteine/0/status", null)]
    [InlineData("planungsstaende/0/meilensteine/0/zustand", "fertig")]
    [InlineData("stichtag", "01.07.2025")]
    [InlineData("bausteine/0/zyklus", "eins")]
    [InlineData("glossar/0/unbekannt", "x")]
    public async Task BrokenDocument_IsRejectedByTheSchema(string pointer, string? value)
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        var document = Export(site);
        Validate(site.Text(FachkonzeptSchema.FilePath), document).IsValid.ShouldBeTrue("the unbroken document must be valid");

        // When
        var segments = pointer.Split('/');
        JsonNode parent = document;
        foreach (var segment in segments[..^1])
        {
            parent = int.TryParse(segment, out var i) ? parent[i]! : parent[segment]!;
        }

        parent[segments[^1]] = value is null ? null : JsonValue.Create(value);

        // Then
        Validate(site.Text(FachkonzeptSchema.FilePath), document).IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task RequiredTopLevelField_Missing_IsRejected()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        await site.BuildCleanAsync();
        var document = Export(site);

        // When
        document.Remove("bausteine");

        // Then
        Validate(site.Text(FachkonzeptSchema.FilePath), document).IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData("minimal")]
    [InlineData(null)]
    public async Task Export_AgreesWithTheOverviewPage(string? fixture)
    {
        // Given
        using var site = fixture is null ? TestSite.FromShippedContent() : TestSite.FromFixture(fixture);

        // When
        await site.BuildCleanAsync();

        // Then
        var table = site.Html("uebersicht/index.html").QuerySelector("table.matrix")!;
        var columns = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var fromPage = table.QuerySelectorAll("tbody tr").Select(row => (
            Title: row.QuerySelector("th[scope=row]")!.TextContent.Trim(),
            Cells: row.QuerySelectorAll("td").Select((td, i) => (Ebene: columns[i], Status: td.ClassList.Contains("cell--active") ? td.QuerySelector(".status")!.TextContent.Trim() : null, Zyklus: td.QuerySelector(".cell-zyklus")?.TextContent.Trim()))
                .Where(c => c.Status is not null).Select(c => $"{c.Ebene}|{c.Status}|{c.Zyklus}").ToList()))
            .ToList();

        var export = Export(site);
        var ebenen = export["ebenen"]!.AsArray().ToDictionary(e => e!["id"]!.GetValue<string>(), e => e!["name"]!.GetValue<string>());
        var status = export["status"]!.AsArray().ToDictionary(s => s!["id"]!.GetValue<string>(), s => s!["name"]!.GetValue<string>());
        export["ebenen"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ShouldBe(columns);
        var fromExport = export["bausteine"]!.AsArray().Select(b => (
            Title: b!["titel"]!.GetValue<string>(),
            Cells: b["ebenen"]!.AsArray().Select(e => e!.GetValue<string>())
                .OrderBy(e => columns.IndexOf(ebenen[e]))
                .Select(e => $"{ebenen[e]}|{status[b["status"]!.GetValue<string>()]}|Zyklus {b["zyklus"]!.GetValue<int>()}").ToList()))
            .ToList();

        fromPage.Count.ShouldBeGreaterThan(0);
        fromExport.Select(b => b.Title).ShouldBe(fromPage.Select(r => r.Title));
        for (var i = 0; i < fromPage.Count; i++)
        {
            fromExport[i].Cells.ShouldBe(fromPage[i].Cells, fromPage[i].Title);
        }
    }

    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("2025-07-01")]
    [InlineData("2030-01-01")]
    public async Task MilestoneStates_AgreeWithTheTimelinePage(string stand)
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        var today = DateOnly.Parse(stand, System.Globalization.CultureInfo.InvariantCulture);

        // When
        await site.BuildCleanAsync(today);

        // Then
        var page = site.Html("zeitplan/index.html");
        var export = Export(site);
        export["stichtag"]!.GetValue<string>().ShouldBe(stand);
        var plans = export["planungsstaende"]!.AsArray();
        plans.Select(p => p!["id"]!.GetValue<string>()).ShouldBe(page.QuerySelectorAll("section.plan").Select(s => s.GetAttribute("aria-labelledby")!));
        foreach (var plan in plans)
        {
            var fromPage = page.QuerySelectorAll($"section[aria-labelledby={plan!["id"]}] li.milestone")
                .Select(li => $"{li.Id}|{StateClass(li)}|{li.QuerySelector(".state")!.TextContent}").ToList();
            var fromExport = plan["meilensteine"]!.AsArray()
                .Select(m => $"{m!["id"]}|{m["zustand"]}|{m["zustand_text"]}").ToList();
            fromPage.Count.ShouldBeGreaterThan(0);
            fromExport.ShouldBe(fromPage);
        }
    }

    [Fact]
    public async Task Fassungen_AreListedWithBeschlussAndRootHash_AndTheExportIsDeterministic()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        var manifest = site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10), "Erste Fassung", today: new DateOnly(2099, 3, 11));

        // When
        (await site.PublishAsync(new DateOnly(2099, 12, 1))).Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        var first = site.Text(FachkonzeptExport.FilePath);
        (await site.PublishAsync(new DateOnly(2099, 12, 1))).Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();

        // Then
        site.Text(FachkonzeptExport.FilePath).ShouldBe(first);
        var export = JsonNode.Parse(first)!;
        var fassung = export["fassungen"]!.AsArray().ShouldHaveSingleItem()!;
        fassung["beschluss"]!.GetValue<string>().ShouldBe("2099/BV/0001");
        fassung["wurzel"]!.GetValue<string>().ShouldBe(manifest.Wurzel);
        fassung["status"]!.GetValue<string>().ShouldBe("beschlossen");
        fassung["beschlossen_am"]!.GetValue<string>().ShouldBe("2099-03-10");
        fassung["url"]!.GetValue<string>().ShouldEndWith("/fassungen/2099-bv-0001/");
        var results = Validate(site.Text(FachkonzeptSchema.FilePath), export);
        results.IsValid.ShouldBeTrue(Errors(results));

        var inFassung = JsonNode.Parse(site.Text($"fassungen/{manifest.Slug}/{FachkonzeptExport.FilePath}"))!;
        inFassung["ausgabe"]!["kennung"]!.GetValue<string>().ShouldBe(manifest.Slug);
        Validate(site.Text(FachkonzeptSchema.FilePath), inFassung).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Schema_NamesEveryMilestoneState()
    {
        // Given
        var schema = JsonNode.Parse(FachkonzeptSchema.Text)!;

        // When
        var allowed = schema["properties"]!["planungsstaende"]!["items"]!["properties"]!["meilensteine"]!["items"]!["properties"]!["zustand"]!["enum"]!
            .AsArray().Select(v => v!.GetValue<string>()).ToList();

        // Then
        allowed.ShouldBe(Enum.GetValues<MilestoneState>().Select(MilestoneLabels.CssName), ignoreOrder: true);
    }

    private static string StateClass(IElement li) =>
        li.ClassList.Single(c => c.StartsWith("milestone--", StringComparison.Ordinal))["milestone--".Length..];
}
