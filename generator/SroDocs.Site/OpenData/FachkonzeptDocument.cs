using System.Text.Json.Nodes;
using SroDocs.Site.Data;
using SroDocs.Site.Fassungen;
using SroDocs.Site.Overview;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.OpenData;

/// <summary>
/// The content of <c>fachkonzept.json</c>, built from the same values as the pages: the Bausteine in the order of the
/// overview (<see cref="MatrixModel"/>), milestone states as on the timeline (<see cref="Milestone.StateOn"/>), the
/// Fassungen from their manifests. Lists keep the order of their data file (the glossary is sorted by id); the only
/// date of the build is its reference date, so the same inputs give the same bytes.
/// </summary>
public static class FachkonzeptDocument
{
    public static JsonObject Build(FachkonzeptInputs inputs)
    {
        var (config, taxonomy, today, urls) = (inputs.Config, inputs.Taxonomy, inputs.ReferenceDate, inputs.Urls);
        var bausteinPages = MatrixModel.BausteinPages(taxonomy, inputs.Index);
        var edition = inputs.Edition?.This;
        var glossaryUrl = inputs.Index.OfKind(DataPages.Glossary) is { } glossary ? urls.Of(glossary.Url) : null;
        return new JsonObject
        {
            ["$schema"] = urls.Of("/" + FachkonzeptSchema.FilePath),
            ["titel"] = config.Title,
            ["herausgeber"] = config.Publisher,
            ["kontakt"] = new JsonObject { ["amt"] = config.Contact.Office, ["email"] = config.Contact.Email, ["web"] = config.Contact.Web },
            ["stichtag"] = GermanFormat.Iso(today),
            ["ausgabe"] = new JsonObject
            {
                ["kennung"] = edition?.Key ?? Publishing.Edition.CurrentKey,
                ["bezeichnung"] = edition?.Label ?? Publishing.Edition.CurrentLabel,
                ["url"] = urls.Of("/"),
            },
            ["zyklus"] = Array(taxonomy.Status.Terms.Select(t => t.Id)),
            ["status"] = Array(taxonomy.Status.Terms.Select(t => new JsonObject
            {
                ["id"] = t.Id, ["name"] = t.Name, ["position"] = t.Order + 1, ["beschreibung"] = t.Description,
            })),
            ["ebenen"] = Array(MatrixModel.Ebenen(taxonomy, bausteinPages).Select(e => new JsonObject
            {
                ["id"] = e.Id, ["name"] = e.Name, ["nummer"] = e.Number, ["beschreibung"] = e.Description,
                ["url"] = inputs.Index.EbenePage(e.Id) is { } page ? urls.Of(page.Url) : null,
            })),
            ["regionen"] = Terms(taxonomy.Regionen),
            ["schwerpunkte"] = Terms(taxonomy.Schwerpunkte),
            ["bausteine"] = Array(bausteinPages.Select(page =>
            {
                var fm = page.FrontMatter!;
                var term = fm.Baustein is { } id ? taxonomy.Bausteine.Resolve(id) : null;
                return new JsonObject
                {
                    ["id"] = fm.Baustein,
                    ["seite"] = page.Id,
                    ["titel"] = page.Title,
                    ["kurzname"] = term?.ShortName ?? page.Title,
                    ["url"] = urls.Of(page.Url),
                    ["ebenen"] = Array(fm.Ebenen),
                    ["status"] = fm.Status,
                    ["zyklus"] = fm.Zyklus,
                    ["regionen"] = Array(fm.Regionen),
                    ["schwerpunkte"] = Array(fm.Schwerpunkte),
                    ["version"] = fm.Version,
                    ["stand"] = fm.Stand is { } stand ? GermanFormat.Iso(stand) : null,
                    ["beschreibung"] = page.Description,
                };
            })),
            ["planungsstaende"] = Array(inputs.Milestones.States.OrderByDescending(s => s.Current).Select(state => new JsonObject
            {
                ["id"] = state.Id,
                ["titel"] = state.Title,
                ["stand"] = state.Stand is { } stand ? GermanFormat.Iso(stand) : null,
                ["quelle"] = state.Source,
                ["aktuell"] = state.Current,
                ["meilensteine"] = Array(state.Milestones.Select(m => Milestone(m, state.Current, today, urls))),
            })),
            ["fassungen"] = Array((inputs.Edition is { This.IsCurrent: true } current ? current.Editions.Library.Fassungen : [])
                .Select(f => Fassung(f.Manifest, urls))),
            ["glossar"] = Array(inputs.Glossary.Terms.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new JsonObject
            {
                ["id"] = t.Id,
                ["begriff"] = t.Term,
                ["abkuerzung"] = t.Abbreviation,
                ["kurz"] = PlainText.Of(t.Short),
                ["definition"] = PlainText.Of(t.Definition),
                ["rechtsgrundlage"] = t.LegalBasis,
                ["siehe_auch"] = Array(t.SeeAlso),
                ["quellen"] = Array(t.Sources.Select(s => new JsonObject { ["titel"] = s.Title, ["url"] = s.Url })),
                ["url"] = glossaryUrl is null ? null : glossaryUrl + "#" + t.Id,
            })),
        };
    }

    private static JsonObject Milestone(Milestone milestone, bool currentPlan, DateOnly today, Output.AbsoluteUrls urls)
    {
        var state = milestone.StateOn(today, currentPlan);
        return new JsonObject
        {
            ["id"] = milestone.Id,
            ["titel"] = milestone.Title,
            ["termin"] = milestone.Termin is { } termin ? new JsonObject
            {
                ["art"] = termin.Kind switch { TerminKind.From => "ab", TerminKind.Until => "bis", TerminKind.Range => "zeitraum", _ => "zeitpunkt" },
                ["beginn"] = termin.Start == DateOnly.MinValue ? null : GermanFormat.Iso(termin.Start),
                ["ende"] = termin.End == DateOnly.MaxValue ? null : GermanFormat.Iso(termin.End),
            } : null,
            ["anzeige"] = milestone.DateText,
            ["zustand"] = MilestoneLabels.CssName(state),
            ["zustand_text"] = MilestoneLabels.Of(state),
            ["erreicht"] = milestone.Reached is { } reached && reached <= today ? GermanFormat.Iso(reached) : null,
            ["bausteine"] = Array(milestone.Bausteine),
            ["url"] = urls.Of(DataPages.TimelinePage.Url) + "#" + milestone.Id,
        };
    }

    private static JsonObject Fassung(FassungManifest manifest, Output.AbsoluteUrls urls) => new()
    {
        ["kennung"] = manifest.Slug,
        ["beschluss"] = manifest.Beschluss.Value,
        ["titel"] = manifest.Titel,
        ["gremium"] = manifest.Gremium,
        ["status"] = manifest.Status.Id(),
        ["beschlossen_am"] = manifest.BeschlossenAm is { } d ? GermanFormat.Iso(d) : null,
        ["gueltig_ab"] = manifest.GueltigAb is { } g ? GermanFormat.Iso(g) : null,
        ["eingefroren_am"] = GermanFormat.Iso(manifest.EingefrorenAm),
        ["wurzel"] = manifest.Wurzel,
        ["url"] = urls.Of(manifest.UrlPrefix),
    };

    private static JsonArray Terms(Facet facet) => Array(facet.Terms.Select(t => new JsonObject { ["id"] = t.Id, ["name"] = t.Name }));

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);
}
