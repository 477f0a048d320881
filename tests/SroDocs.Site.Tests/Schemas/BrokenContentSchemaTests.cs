using SroDocs.Core.Diagnostics;
using SroDocs.Site.Data;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Glossary;
using SroDocs.Site.Schemas;
using SroDocs.Site.Timeline;
using SroDocs.Site.Vorhabenliste;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Tests.Schemas;

/// <summary>What the reader refuses, the schema refuses too: unknown keys, values outside the taxonomy, missing required keys.</summary>
public sealed class BrokenContentSchemaTests
{
    private const string GoodBaustein = "title: Controlling\nbaustein: controlling\nebenen: [organisationsbezogen]\nstatus: planung\nzyklus: 1\nversion: \"0.1\"\nstand: 2026-01-31\n";

    public static TheoryData<string, string> BrokenFrontMatter() => new()
    {
        { "unbekannter Schlüssel", GoodBaustein + "farbe: blau\n" },
        { "Status außerhalb der Taxonomie", GoodBaustein.Replace("status: planung", "status: fertig") },
        { "Baustein außerhalb der Taxonomie", GoodBaustein.Replace("baustein: controlling", "baustein: kontrolle") },
        { "Ebene in der Liste außerhalb der Taxonomie", GoodBaustein.Replace("[organisationsbezogen]", "[organisationsbezogen, gesamtstaedtisch]") },
        { "Pflichtangabe title fehlt", GoodBaustein.Replace("title: Controlling\n", "") },
        { "Pflichtangabe zyklus fehlt auf einer Baustein-Seite", GoodBaustein.Replace("zyklus: 1\n", "") },
        { "Pflichtangabe ebene fehlt auf einer Ebenen-Seite", "title: Ebene\ntyp: ebene\nversion: \"0.1\"\nstand: 2026-01-31\n" },
        { "Datum im falschen Format", GoodBaustein.Replace("stand: 2026-01-31", "stand: 31.01.2026") },
        { "Zyklus keine Zahl", GoodBaustein.Replace("zyklus: 1", "zyklus: eins") },
        { "Änderung ohne Text", GoodBaustein + "aenderungen:\n  - datum: 2026-01-01\n    zyklus: 1\n    phase: planung\n" },
        { "Änderung mit Phase außerhalb der Taxonomie", GoodBaustein + "aenderungen:\n  - datum: 2026-01-01\n    zyklus: 1\n    phase: fertig\n    text: Neu.\n" },
    };

    public static TheoryData<string, string, string> BrokenDataFiles() => new()
    {
        { "glossar.schema.json", ContentLayout.GlossaryFile, "begriffe:\n  - id: hze\n    begriff: Hilfen zur Erziehung\n    definition: Leistungen nach SGB VIII.\n" },
        { "glossar.schema.json", ContentLayout.GlossaryFile, "begriffe:\n  - id: hze\n    begriff: HzE\n    kurz: k\n    definition: d\n    farbe: rot\n" },
        { "meilensteine.schema.json", ContentLayout.MilestonesFile, "planungsstaende:\n  - id: p\n    titel: Plan\n    meilensteine:\n      - id: m\n        titel: M\n        bausteine: [kontrolle]\n" },
        { "meilensteine.schema.json", ContentLayout.MilestonesFile, "planungsstaende:\n  - id: p\n    titel: Plan\n" },
        { "taxonomie.schema.json", ContentLayout.TaxonomyFile, "status:\n  - id: planung\n" },
        { "taxonomie.schema.json", ContentLayout.TaxonomyFile, "farben:\n  - id: rot\n    name: Rot\n" },
        { "site.schema.json", ContentLayout.SiteFile, "titel: SRO\nbasis_url: ftp://example.org/\n" },
        { "site.schema.json", ContentLayout.SiteFile, "titel: SRO\nkontakt:\n  person: Frau Muster\n" },
        { "steckbrief.schema.json", ContentLayout.SteckbriefFile, "bezeichnung: SRO\nstand: 2022-07-29\nbeteiligung:\n  stufe: mitbestimmung\n" },
        { "steckbrief.schema.json", ContentLayout.SteckbriefFile, "bezeichnung: SRO\nbeteiligung:\n  geplant: vielleicht\n" },
    };

    [Theory]
    [MemberData(nameof(BrokenFrontMatter))]
    public void BrokenFrontMatter_IsRejectedByTheSchema_AsByTheReader(string what, string yaml)
    {
        SchemaValidation.Errors(SchemaSet.FrontMatterFile, yaml).ShouldNotBeEmpty(what);
        ReaderErrors(yaml, map => FrontMatterReader.Read(map, ShippedTaxonomy, null, new DateOnly(2026, 12, 1))).ShouldNotBeEmpty(what);
    }

    [Fact]
    public void TheGoodBausteinAndAnEbenePage_AreAccepted()
    {
        SchemaValidation.Errors(SchemaSet.FrontMatterFile, GoodBaustein).ShouldBeEmpty();
        SchemaValidation.Errors(SchemaSet.FrontMatterFile, "title: Ebene\nebene: personenbezogen\nversion: \"1\"\nstand: 2026-01-31\nglossar: nein\n").ShouldBeEmpty();
        ReaderErrors(GoodBaustein, map => FrontMatterReader.Read(map, ShippedTaxonomy, null, new DateOnly(2026, 12, 1))).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(BrokenDataFiles))]
    public void BrokenDataFiles_AreRejectedByTheSchema_AsByTheReader(string schemaFile, string dataFile, string yaml)
    {
        SchemaValidation.Errors(schemaFile, yaml).ShouldNotBeEmpty();
        ReaderErrors(yaml, ReaderFor(dataFile)).ShouldNotBeEmpty();
    }

    private static Taxonomy ShippedTaxonomy { get; } = Taxonomy.Read(Map(File.ReadAllText(Path.Combine(Testing.RepositoryPaths.ShippedContent, "_data", ContentLayout.TaxonomyFile)), []));

    private static Action<YamlMap> ReaderFor(string dataFile) => dataFile switch
    {
        ContentLayout.GlossaryFile => map => GlossaryData.Read(map),
        ContentLayout.MilestonesFile => map => MilestonePlan.Read(map, ShippedTaxonomy),
        ContentLayout.TaxonomyFile => map => Taxonomy.Read(map),
        ContentLayout.SiteFile => map => SiteConfig.Read(map),
        ContentLayout.SteckbriefFile => map => SteckbriefReader.Read(map, MilestonePlan.Empty),
        _ => throw new ArgumentOutOfRangeException(nameof(dataFile)),
    };

    /// <summary>Errors and warnings (an unknown key is a warning in the reader) of reading the YAML.</summary>
    internal static List<Diagnostic> ReaderErrors(string yaml, Action<YamlMap> read)
    {
        var sink = new List<Diagnostic>();
        read(Map(yaml, sink));
        return sink.Where(d => d.Severity is Severity.Error or Severity.Warning).ToList();
    }

    internal static YamlMap Map(string yaml, List<Diagnostic> sink) =>
        YamlDocumentReader.Read(new YamlSource("test.yml", yaml, 0), YamlErrors.Data, sink) ?? throw new InvalidOperationException("unreadable YAML");
}
