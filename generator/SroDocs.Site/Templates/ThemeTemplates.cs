using System.Collections.Immutable;
using HandlebarsDotNet;

namespace SroDocs.Site.Templates;

/// <summary>
/// The compiled Handlebars layouts of a theme. A page is rendered with the first layout found of
/// <c>layouts/&lt;section&gt;/&lt;name&gt;.hbs</c>, <c>layouts/&lt;name&gt;.hbs</c>, <c>layouts/seite.hbs</c>, and the
/// result is wrapped in <c>layouts/baseof.hbs</c> as <c>{{{main}}}</c>.
/// </summary>
public sealed class ThemeTemplates(
    ImmutableDictionary<string, HandlebarsTemplate<object, object>> layouts,
    ImmutableDictionary<string, string> sources,
    ImmutableHashSet<string> reservedIds,
    bool hasErrors)
{
    /// <summary>True when a template failed to compile (already reported); pages then stay unrendered without further reports.</summary>
    public bool HasErrors => hasErrors;

    public const string BaseLayout = "baseof";
    public const string FallbackLayout = "seite";

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

    /// <summary>Element ids the templates write literally (e.g. <c>inhalt</c>); heading anchors avoid them.</summary>
    public ImmutableHashSet<string> ReservedIds => reservedIds;

    /// <summary>The file a layout key came from, for diagnostics.</summary>
    public string SourceOf(string key) => sources.GetValueOrDefault(key, key);

    public bool Has(string key) => layouts.ContainsKey(key);

    public string Render(string key, object model) => layouts[key](model);
}
