using System.Collections.Immutable;
using System.Globalization;
using HandlebarsDotNet;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Templates;

/// <summary>
/// The compiled Handlebars layouts of a theme. A page is rendered with the first layout found of
/// <c>layouts/&lt;section&gt;/&lt;name&gt;.hbs</c>, <c>layouts/&lt;name&gt;.hbs</c>, <c>layouts/seite.hbs</c>, and the
/// result is wrapped in <c>layouts/baseof.hbs</c> as <c>{{{main}}}</c>.
/// </summary>
public sealed class ThemeTemplates(
    ImmutableDictionary<string, HandlebarsTemplate<TextWriter, object, object>> layouts,
    ImmutableDictionary<string, TemplateSource> layoutSources,
    ImmutableArray<TemplateSource> partials,
    bool hasErrors)
{
    public const string BaseLayout = "baseof";
    public const string FallbackLayout = "seite";

    /// <summary>True when a template failed to compile (already reported); pages then stay unrendered without further reports.</summary>
    public bool HasErrors => hasErrors;

    /// <summary>Element ids any template writes literally; heading anchors avoid them.</summary>
    public ImmutableHashSet<string> ReservedIds { get; } =
        layoutSources.Values.Concat(partials).SelectMany(t => t.LiteralIds).ToImmutableHashSet(StringComparer.Ordinal);

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
    public ImmutableHashSet<string> IdsOf(string key) => _ids.GetOrAdd(key, k =>
        new[] { layoutSources.GetValueOrDefault(k), layoutSources.GetValueOrDefault(BaseLayout) }.OfType<TemplateSource>().Concat(partials)
            .SelectMany(t => t.LiteralIds).ToImmutableHashSet(StringComparer.Ordinal));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableHashSet<string>> _ids = new(StringComparer.Ordinal);

    public TemplateSource SourceOf(string key) => layoutSources[key];

    /// <summary>Where a layout (or a partial, or the base layout) uses <paramref name="name"/>.</summary>
    public Core.Diagnostics.SourceLocation? Locate(string key, string name) =>
        new[] { layoutSources.GetValueOrDefault(key) }.OfType<TemplateSource>().Concat(partials).Append(layoutSources[BaseLayout])
            .Select(t => t.Locate(name)).FirstOrDefault(l => l is not null);

    public string Render(string key, PageView view)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        layouts[key](writer, view, null!);
        return writer.ToString();
    }

    /// <summary>Renders straight into <paramref name="writer"/> (the base layout into the page's bytes).</summary>
    public void Render(string key, PageView view, TextWriter writer) => layouts[key](writer, view, null!);
}
