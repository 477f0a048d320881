using SroDocs.Site.Data;
using SroDocs.Site.Overview;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.Vorhabenliste;

/// <summary>
/// Combines the data file with the model of the site, so that the Steckbrief never disagrees with it: the Bausteine
/// and their phase as in the overview, the steps and the time frame from the current plan with the timeline's states,
/// decided Fassungen from the publication, areas from the taxonomy, the office contact from the site settings.
/// </summary>
public static class SteckbriefModel
{
    public static SteckbriefView Build(Steckbrief steckbrief, PageRenderContext context, string? beschreibungHtml, IReadOnlyList<LinkView> fassungen)
    {
        var (taxonomy, links, today) = (context.Taxonomy, context.Links, context.Inputs.ReferenceDate);
        var bausteinPages = MatrixModel.BausteinPages(taxonomy, context.Index);
        var plan = context.Milestones.Current;
        MilestoneView View(Milestone m) => TimelineModel.Milestone(m, true, taxonomy, today, links);
        var dated = plan?.Milestones.Where(m => m.Termin is not null).ToList() ?? [];
        var contact = context.Config.Contact;
        var criteria = Criteria.All.Select((c, i) => new CriterionView(i + 1, c.Key, c.Text,
            steckbrief.Kriterien.TryGetValue(c.Key, out var met) ? (met ? "ja" : "nein") : null)).ToList();

        return new SteckbriefView(
            steckbrief.Bezeichnung,
            beschreibungHtml,
            [.. bausteinPages.Select(p => new NamedLink(p.Title, links.To(p.Url)))],
            [.. steckbrief.Beschluesse.Select(b => b.Value)],
            fassungen,
            [.. bausteinPages.GroupBy(p => (p.FrontMatter!.Status, p.FrontMatter.Zyklus))
                .Select(g => new StatusGroup(
                    g.Key.Status is { } s ? taxonomy.Status.Resolve(s)?.Name ?? s : "ohne Status", g.Key.Status, g.Key.Zyklus,
                    [.. g.Select(p => new NamedLink(p.FrontMatter!.Baustein is { } id ? taxonomy.Bausteine.Resolve(id)?.ShortName ?? p.Title : p.Title, links.To(p.Url)))]))],
            [.. (plan?.Milestones ?? []).Where(m => m.StateOn(today, true) != MilestoneState.Erreicht).Select(View)],
            dated.Count == 0 ? null : View(dated.MinBy(m => m.Termin!.SortDate)!),
            dated.Count == 0 ? null : View(dated.MaxBy(m => m.Termin!.SortDate)!),
            steckbrief.Kostenrahmen,
            [.. taxonomy.Regionen.Terms.Select(t => t.Name)],
            [.. taxonomy.Schwerpunkte.Terms.Select(t => t.Name)],
            steckbrief.Beteiligung.Geplant is { } planned ? (planned ? "ja" : "nein") : null,
            steckbrief.Beteiligung.Stufe?.Label(),
            steckbrief.Beteiligung.Gestaltungsspielraum,
            steckbrief.Beteiligung.Zeitrahmen,
            steckbrief.Beteiligung.AbMeilenstein is { } id && plan?.Milestones.FirstOrDefault(m => m.Id == id) is { } from ? View(from) : null,
            steckbrief.Beteiligung.Formate,
            contact.Office.Length == 0 ? null : new ContactView(contact.Office, Nullable(contact.Email), contact.Email.Length > 0 ? "mailto:" + contact.Email : null, Nullable(contact.Web)),
            [.. steckbrief.WeitereInformationen.Select(l => new NamedLink(l.Title, l.Url))],
            steckbrief.Stand is { } stand ? GermanFormat.Date(stand) : null,
            GermanFormat.Date(today),
            criteria,
            Result(criteria),
            steckbrief.KriterienHinweis,
            links.To(DataPages.TimelinePage.Url),
            links.To(DataPages.OverviewPage.Url),
            links.To("/" + OpenData.FachkonzeptExport.FilePath));
    }

    /// <summary>How many criteria are met, and what follows for the Vorhabenliste.</summary>
    private static string Result(IReadOnlyList<CriterionView> criteria)
    {
        var met = criteria.Count(c => c.Answer == "ja");
        var open = criteria.Count(c => c.Answer is null);
        var text = $"{met} von {criteria.Count} Kriterien erfüllt";
        return met >= Criteria.Required
            ? text + $". Ab {Criteria.RequiredText} erfüllten Kriterien gehört ein Vorhaben auf die Vorhabenliste."
            : open > 0
                ? text + $", {open} noch nicht eingeschätzt."
                : text + $". Ein Vorhaben muss erst ab {Criteria.RequiredText} erfüllten Kriterien auf die Vorhabenliste.";
    }

    private static string? Nullable(string text) => text.Length == 0 ? null : text;
}
