using SroDocs.Core.Diagnostics;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;
using Document = SroDocs.Core.Documents.Document;

namespace SroDocs.Site.Templates;

/// <summary>
/// Renders each page with its layout (found by <see cref="ThemeTemplates.Find"/>) and wraps the result in
/// <c>baseof.hbs</c>. Template failures become SRO3xxx diagnostics at the template file.
/// </summary>
public sealed class ApplyLayout : DocumentStep
{
    protected override bool Applies(Document document) => document.Metadata.Contains(SiteKeys.Url) && document.Metadata.Contains(SiteKeys.FrontMatter);

    protected override Document? Process(Document document, BuildContext context)
    {
        var templates = context.Require(SiteState.Templates);
        var index = context.Require(SiteState.Index);
        var page = index.ByUrl(document.Get(SiteKeys.Url));
        if (page is null || page.Id != document.Get(SiteKeys.PageId))
        {
            return document;
        }

        var section = page.Url.Trim('/').Split('/')[0];
        var key = templates.Find(page.Layout, section.Length == 0 ? null : section);
        if (templates.HasErrors || key is null || !templates.Has(ThemeTemplates.BaseLayout))
        {
            if (!templates.HasErrors && key is null)
            {
                // One report per missing layout, at the theme: the message does not name the page, so the bag keeps it once.
                var options = context.Require(SiteState.Options);
                context.Diagnostics.Add(TemplateDiagnostics.LayoutMissing(SourceLocation.FileOnly(options.DisplayPath(Path.Combine(options.ThemeRoot, "layouts"))), page.Layout));
            }

            return document with { Destination = "" };
        }

        var model = new PageModelBuilder(context).Build(page, document.Metadata.GetOrDefault(SiteKeys.BodyHtml) ?? "");
        var current = key;
        try
        {
            model["main"] = templates.Render(key, model);
            current = ThemeTemplates.BaseLayout;
            return document with { Text = templates.Render(ThemeTemplates.BaseLayout, model) };
        }
        catch (Exception exception) when (exception is HandlebarsDotNet.HandlebarsException or InvalidOperationException or ArgumentException)
        {
            context.Diagnostics.Add(TemplateDiagnostics.RenderFailed(SourceLocation.FileOnly(templates.SourceOf(current)), document.Source, exception));
            return document with { Destination = "" };
        }
    }
}
