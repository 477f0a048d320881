using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using SroDocs.Site.Output;
using SroDocs.Site.Templates.Direct;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Templates;

/// <summary>
/// The compiled Handlebars layouts of a theme. A page is rendered with the first layout found of
/// <c>layouts/&lt;section&gt;/&lt;name&gt;.hbs</c>, <c>layouts/&lt;name&gt;.hbs</c>, <c>layouts/seite.hbs</c>, and the
/// result is wrapped in <c>layouts/baseof.hbs</c> as <c>{{{main}}}</c>. Where the base layout, the layout and the
/// partials a page meets are direct templates, the page is rendered directly, else (or where the direct rendering
/// gives up) by Handlebars.
/// </summary>
public sealed class ThemeTemplates(
    ImmutableDictionary<string, CompiledLayout> layouts,
    ImmutableDictionary<string, TemplateSource> layoutSources,
    ImmutableArray<TemplateSource> partials,
    bool hasErrors,
    DirectTheme? direct = null)
{
    public const string BaseLayout = "baseof";
    public const string FallbackLayout = "seite";

    /// <summary>True when a template failed to compile (already reported); pages then stay unrendered without further reports.</summary>
    public bool HasErrors => hasErrors;

    /// <summary>Element ids any template writes literally; heading anchors avoid them.</summary>
    public FrozenSet<string> ReservedIds { get; } =
        layoutSources.Values.Concat(partials).SelectMany(t => t.LiteralIds).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every template's source: layouts and partials.</summary>
    public IEnumerable<TemplateSource> Sources => layoutSources.Values.OrderBy(t => t.Key, StringComparer.Ordinal).Concat(partials);

    public bool Has(string key) => layouts.ContainsKey(key);

    /// <summary>The layout key (e.g. <c>bausteine/baustein</c> or <c>baustein</c>) used for a page, or null.</summary>
    public string? Find(string name, string? section)
    {
        foreach (var candidate in new[] { section is null ? null : $"{section}/{name}", name, FallbackLayout })
        {
            if (candidate is not null && layouts.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The ids a page rendered with <paramref name="key"/> gets from the templates: the layout's, the partials' and the base layout's.</summary>
    public FrozenSet<string> IdsOf(string key) => _ids.GetOrAdd(key, k =>
        new[] { layoutSources.GetValueOrDefault(k), layoutSources.GetValueOrDefault(BaseLayout) }.OfType<TemplateSource>().Concat(partials)
            .SelectMany(t => t.LiteralIds).ToFrozenSet(StringComparer.Ordinal));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>> _ids = new(StringComparer.Ordinal);

    public TemplateSource SourceOf(string key) => layoutSources[key];

    /// <summary>True when pages with the layout <paramref name="key"/> are rendered directly, as far as their partials allow.</summary>
    public bool RendersDirectly(string key) => direct is not null && layouts[BaseLayout].Direct is not null && layouts[key].Direct is not null;

    /// <summary>Where a layout (or a partial, or the base layout) uses <paramref name="name"/>.</summary>
    public Core.Diagnostics.SourceLocation? Locate(string key, string name) =>
        new[] { layoutSources.GetValueOrDefault(key) }.OfType<TemplateSource>().Concat(partials).Append(layoutSources[BaseLayout])
            .Select(t => t.Locate(name)).FirstOrDefault(l => l is not null);

    /// <summary>
    /// Writes a whole page into <paramref name="writer"/>: the base layout around the layout <paramref name="key"/>
    /// around the body. Split layouts write straight through; a layout that cannot be split gets what it wraps as text.
    /// </summary>
    /// <param name="rendering">Set to the template being rendered, for errors.</param>
    /// <returns>What rendered the page.</returns>
    public TemplateRenderer RenderPage(string key, PageView view, Markdown.PageBody body, Utf8PageWriter writer, Action<string> rendering)
    {
        if (RendersDirectly(key) && TryRenderDirectly(key, view, body, writer))
        {
            return TemplateRenderer.Direct;
        }

        var page = layouts[BaseLayout];
        if (page.IsSplit)
        {
            rendering(BaseLayout);
            page.Before!(writer, view, null!);
            RenderLayout(key, view, body, writer, rendering);
            rendering(BaseLayout);
            page.After!(writer, view, null!);
            return TemplateRenderer.Handlebars;
        }

        using var main = new StringWriter(CultureInfo.InvariantCulture);
        RenderLayout(key, view, body, main, rendering);
        rendering(BaseLayout);
        page.Whole!(writer, view with { Main = main.ToString() }, null!);
        return TemplateRenderer.Handlebars;
    }

    /// <summary>
    /// The page rendered directly; false (and nothing written) where that gives up. Any failure, a helper's or a
    /// getter's too, is left to Handlebars, which renders the page again and reports it at the template it was in.
    /// </summary>
    private bool TryRenderDirectly(string key, PageView view, Markdown.PageBody body, Utf8PageWriter writer)
    {
        var page = layouts[BaseLayout].Direct!;
        var layout = layouts[key].Direct!;
        try
        {
            page.Before.Render(view, writer, direct!);
            if (page.WrapsBody)
            {
                layout.Before.Render(view, writer, direct!);
                if (layout.WrapsBody)
                {
                    body.WriteTo(writer);
                }

                layout.After.Render(view, writer, direct!);
            }

            page.After.Render(view, writer, direct!);
            return true;
        }
        catch (Exception)
        {
            writer.Restart();
            return false;
        }
    }

    private void RenderLayout(string key, PageView view, Markdown.PageBody body, TextWriter writer, Action<string> rendering)
    {
        rendering(key);
        var layout = layouts[key];
        if (layout.IsSplit)
        {
            layout.Before!(writer, view, null!);
            body.WriteTo(writer);
            layout.After!(writer, view, null!);
        }
        else
        {
            layout.Whole!(writer, view with { Content = body.ToHtml() }, null!);
        }
    }
}
