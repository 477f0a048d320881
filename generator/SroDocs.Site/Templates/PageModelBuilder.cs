using SroDocs.Core.Pipelines;
using SroDocs.Site.Changelog;
using SroDocs.Site.Data;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Glossary;
using SroDocs.Site.Links;
using SroDocs.Site.Markdown;
using SroDocs.Site.Navigation;
using SroDocs.Site.Output;
using SroDocs.Site.Overview;
using SroDocs.Site.Pipelines;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.Templates;

/// <summary>
/// Builds the view model of a page: site, page facts, navigation, breadcrumbs, table of contents,
/// previous/next, and the data of the page's kind (matrix, timeline, glossary, changelog, milestones).
/// </summary>
public sealed class PageModelBuilder(BuildContext context)
{
    private readonly SiteOptions _options = context.Require(SiteState.Options);
    private readonly SiteConfig _config = context.Require(SiteState.Config);
    private readonly Taxonomy _taxonomy = context.Require(SiteState.Taxonomy);
    private readonly GlossaryData _glossary = context.Require(SiteState.Glossary);
    private readonly MilestonePlan _milestones = context.Require(SiteState.Milestones);
    private readonly SiteIndex _index = context.Require(SiteState.Index);

    public ViewModel Build(PageEntry page, string bodyHtml)
    {
        var links = new PageLinks(_index, page.Url);
        var urls = new AbsoluteUrls(_options.BaseUrl ?? _config.BaseUrl, _options.UrlPrefix);
        var model = new ViewModel
        {
            ["site"] = Site(links),
            ["page"] = PageFacts(page, links),
            ["root"] = Content.SiteUrls.ToRoot(page.Url),
            ["canonical"] = urls.Of(page.Url),
            ["feedHref"] = links.To("/" + GeneratedPage.FeedPath),
            ["nav"] = _index.ChildrenOf("/").Where(p => p.Url.Count(c => c == '/') == 2).Select(p => new ViewModel
            {
                ["title"] = p.Title,
                ["href"] = links.To(p.Url),
                ["current"] = page.Url.StartsWith(p.Url, StringComparison.Ordinal),
            }).ToList(),
            ["breadcrumbs"] = _index.AncestorsOf(page).Select(p => new ViewModel { ["title"] = p.Title, ["href"] = links.To(p.Url) }).ToList(),
            ["toc"] = page.Headings.Where(h => h.Level <= 3).Select(h => new ViewModel { ["text"] = h.Text, ["href"] = "#" + h.Anchor, ["sub"] = h.Level == 3 }).ToList(),
            ["hasToc"] = page.Headings.Count(h => h.Level == 2) >= 2,
            ["content"] = bodyHtml,
            ["children"] = _index.ChildrenOf(page.Url).Select(p => Summary(p, links)).ToList(),
            ["referenceDate"] = GermanFormat.Date(_options.ReferenceDate),
        };
        AddPrevNext(model, page, links);
        AddKindData(model, page, links);
        return model;
    }

    private ViewModel Site(PageLinks links) => new()
    {
        ["title"] = _config.Title,
        ["subtitle"] = _config.Subtitle,
        ["publisher"] = _config.Publisher,
        ["office"] = _config.Contact.Office,
        ["email"] = _config.Contact.Email,
        ["web"] = _config.Contact.Web,
        ["homeHref"] = _index.Home is null ? null : links.To("/"),
    };

    private ViewModel PageFacts(PageEntry page, PageLinks links)
    {
        var frontMatter = page.FrontMatter;
        var status = frontMatter?.Status is { } s ? _taxonomy.Status.Resolve(s) : null;
        return new ViewModel
        {
            ["id"] = page.Id,
            ["title"] = page.Title,
            ["description"] = frontMatter?.Description,
            ["layout"] = page.Layout,
            ["type"] = frontMatter?.Type.ToString().ToLowerInvariant(),
            ["typeLabel"] = TypeLabel(frontMatter?.Type),
            ["status"] = status?.Name,
            ["statusId"] = status?.Id,
            ["statusDescription"] = status?.Description,
            ["zyklus"] = frontMatter?.Zyklus,
            ["version"] = frontMatter?.Version,
            ["stand"] = frontMatter?.Stand is { } stand ? GermanFormat.Date(stand) : null,
            ["standIso"] = frontMatter?.Stand is { } iso ? GermanFormat.Iso(iso) : null,
            ["hasFacts"] = frontMatter is not null && (frontMatter.Status is not null || frontMatter.Version is not null),
            ["ebenen"] = (frontMatter?.Ebenen ?? []).Select(id => new ViewModel { ["name"] = _taxonomy.Ebenen.Resolve(id)?.Name ?? id, ["href"] = links.Ebene(id) }).ToList(),
            ["regionen"] = (frontMatter?.Regionen ?? []).Select(id => _taxonomy.Regionen.Resolve(id)?.Name ?? id).ToList(),
            ["schwerpunkte"] = (frontMatter?.Schwerpunkte ?? []).Select(id => _taxonomy.Schwerpunkte.Resolve(id)?.Name ?? id).ToList(),
        };
    }

    private ViewModel Summary(PageEntry page, PageLinks links) => new()
    {
        ["title"] = page.Title,
        ["href"] = links.To(page.Url),
        ["description"] = page.FrontMatter?.Description,
        ["status"] = page.FrontMatter?.Status is { } s ? _taxonomy.Status.Resolve(s)?.Name : null,
        ["zyklus"] = page.FrontMatter?.Zyklus,
    };

    private void AddPrevNext(ViewModel model, PageEntry page, PageLinks links)
    {
        var order = _index.ReadingOrder;
        var position = _index.ReadingPositionOf(page);
        model["prev"] = position > 0 ? new ViewModel { ["title"] = order[position - 1].Title, ["href"] = links.To(order[position - 1].Url) } : null;
        model["next"] = position >= 0 && position < order.Length - 1 ? new ViewModel { ["title"] = order[position + 1].Title, ["href"] = links.To(order[position + 1].Url) } : null;
    }

    private void AddKindData(ViewModel model, PageEntry page, PageLinks links)
    {
        var today = _options.ReferenceDate;
        var resolver = new LinkResolver(_index, _glossary);
        string Markdown(string text) => RenderMarkdown.SnippetToHtml(text, page.Url, resolver, page);
        // Content pages get their data by type (a custom layout keeps it); generated pages by their name.
        var kind = page.FrontMatter?.Type switch
        {
            PageType.Start => "start",
            PageType.Baustein => "baustein",
            PageType.Ebene => "ebene",
            _ => page.Layout,
        };
        switch (kind)
        {
            case "start":
                var running = _milestones.CurrentOn(today);
                var upcoming = _milestones.NextOn(today);
                model["currentMilestone"] = running is null ? null : TimelineModel.Milestone(running, true, _taxonomy, today, links);
                model["nextMilestone"] = upcoming is null ? null : TimelineModel.Milestone(upcoming, true, _taxonomy, today, links);
                model["bausteine"] = _index.Pages.Where(p => p.FrontMatter?.Type == PageType.Baustein).Select(p => Summary(p, links)).ToList();
                break;
            case "baustein":
                var bausteinId = page.FrontMatter?.Baustein;
                model["milestones"] = bausteinId is null ? new List<ViewModel>() : _milestones.ForBaustein(bausteinId).Select(m => TimelineModel.Milestone(m, true, _taxonomy, today, links)).ToList();
                model["changes"] = ChangeRecord.Of(page).Select(r => ChangelogModel.Entry(r, _taxonomy, links)).ToList();
                break;
            case "ebene":
                var ebeneId = page.FrontMatter?.Ebene;
                model["bausteine"] = _index.Pages.Where(p => p.FrontMatter?.Type == PageType.Baustein && ebeneId is not null && p.FrontMatter.Ebenen.Contains(ebeneId)).Select(p => Summary(p, links)).ToList();
                break;
            case "uebersicht":
                model["matrix"] = MatrixModel.Build(_taxonomy, links);
                break;
            case "zeitplan":
                model["timeline"] = TimelineModel.Build(_milestones, _taxonomy, today, links, Markdown);
                break;
            case "glossar":
                model["glossary"] = GlossaryModel.Build(_glossary, Markdown, id => "#" + id);
                break;
            case "aenderungen":
                model["changelog"] = ChangelogModel.Build(ChangeRecord.AllOf(_index), _taxonomy, links, links.To("/" + GeneratedPage.FeedPath));
                break;
        }
    }

    /// <summary>The small label above the title; plain pages need none.</summary>
    private static string? TypeLabel(PageType? type) => type switch
    {
        PageType.Baustein => "Baustein",
        PageType.Ebene => "Ebene",
        PageType.Abschnitt => "Bereich",
        _ => null,
    };
}
