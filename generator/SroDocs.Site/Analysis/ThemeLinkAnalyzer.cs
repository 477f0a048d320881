using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Links;

namespace SroDocs.Site.Analysis;

/// <summary>
/// The links a theme writes literally are checked once per template, not once per page: <c>{{root}}…</c> addresses
/// must be files of the site, a same-page <c>#anker</c> an id of the templates, and nothing may be loaded from
/// another server. Links made from the page's data come from the site index and cannot point nowhere.
/// </summary>
public sealed class ThemeLinkAnalyzer : IAnalyzer
{
    public IEnumerable<Diagnostic> Analyze(AnalysisContext context)
    {
        foreach (var template in context.Templates.Sources)
        {
            // style attributes and srcset candidates load too; the literal links below cover the other attributes.
            foreach (var finding in Privacy.ForeignReferences.InTemplate(template.Text).Where(f => f.What.Contains(" style>") || f.What.Contains(" srcset>")))
            {
                yield return LinkDiagnostics.ForeignResourceInTemplate(template.At(finding.Offset), finding.What.Trim('<', '>'), finding.Address);
            }

            foreach (var link in template.LiteralLinks)
            {
                var address = link.Address.Trim();
                if (LinkResolver.IsExternal(address))
                {
                    if (link.LoadsResource && !address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !address.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
                    {
                        yield return LinkDiagnostics.ForeignResourceInTemplate(link.Location, link.Tag, address);
                    }

                    continue;
                }

                var (path, _, fragment) = Href.Parse(address);
                if (!link.FromRoot && path.Length == 0)
                {
                    if (fragment is { Length: > 0 } && !context.Templates.ReservedIds.Contains(fragment))
                    {
                        yield return LinkDiagnostics.TemplateAnchorMissing(link.Location, fragment);
                    }

                    continue;
                }

                if (!link.FromRoot)
                {
                    yield return LinkDiagnostics.TemplateLinkNotFromRoot(link.Location, address);
                    continue;
                }

                var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                if (!context.Output.Owners.ContainsKey(file))
                {
                    yield return LinkDiagnostics.TemplateLinkMissing(link.Location, address);
                }
            }
        }
    }
}
