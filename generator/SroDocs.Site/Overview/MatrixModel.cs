using SroDocs.Site.Data;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Overview;

/// <summary>
/// The Baustein × Ebene overview: one row per Baustein page, one column per Ebene. A cell where the Baustein
/// works on the Ebene names the Baustein's status in words (never colour alone).
/// </summary>
public static class MatrixModel
{
    public static ViewModel Build(Taxonomy taxonomy, PageLinks links)
    {
        var bausteinPages = links.Index.Pages
            .Where(p => p.FrontMatter is { Type: PageType.Baustein })
            .OrderBy(p => p.FrontMatter!.Baustein is { } id && taxonomy.Bausteine.Find(id) is { } term ? term.Order : int.MaxValue)
            .ThenBy(p => p.Weight)
            .ToList();
        var ebenen = taxonomy.Ebenen.Terms.IsEmpty
            ? bausteinPages.SelectMany(p => p.FrontMatter!.Ebenen).Distinct().Select(id => taxonomy.Ebenen.Resolve(id)!).ToList()
            : taxonomy.Ebenen.Terms.ToList();

        var rows = bausteinPages.Select(page =>
        {
            var frontMatter = page.FrontMatter!;
            var status = frontMatter.Status is { } s ? taxonomy.Status.Resolve(s)?.Name ?? s : "ohne Status";
            return new ViewModel
            {
                ["title"] = page.Title,
                ["href"] = links.To(page.Url),
                ["status"] = status,
                ["statusId"] = frontMatter.Status,
                ["zyklus"] = frontMatter.Zyklus,
                ["cells"] = ebenen.Select(ebene => new ViewModel
                {
                    ["active"] = frontMatter.Ebenen.Contains(ebene.Id),
                    ["ebene"] = ebene.Name,
                    ["status"] = status,
                    ["statusId"] = frontMatter.Status,
                    ["zyklus"] = frontMatter.Zyklus,
                }).ToList(),
            };
        }).ToList();

        return new ViewModel
        {
            ["ebenen"] = ebenen.Select(e => new ViewModel { ["name"] = e.Name, ["number"] = e.Number, ["href"] = links.Ebene(e.Id) }).ToList(),
            ["rows"] = rows,
            ["empty"] = rows.Count == 0,
            ["statuses"] = taxonomy.Status.Terms.Select(t => new ViewModel { ["id"] = t.Id, ["name"] = t.Name, ["description"] = t.Description }).ToList(),
        };
    }
}
