namespace SroDocs.Site.Templates;

/// <summary>
/// A Handlebars helper a site registers with <see cref="SiteBuilder.TemplateHelpers"/>: <c>{{name arg …}}</c>
/// prints what <paramref name="Invoke"/> returns (HTML-escaped, like every value). A helper may be called more than
/// once for a page (where the direct rendering hands the page to Handlebars), so it must not have side effects.
/// </summary>
public sealed record TemplateHelper(string Name, Func<IReadOnlyList<object?>, object?> Invoke);
