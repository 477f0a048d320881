namespace SroDocs.Site.Templates;

/// <summary>
/// A Handlebars helper a site registers with <see cref="SiteBuilder.TemplateHelpers"/>: <c>{{name arg …}}</c>
/// prints what <paramref name="Invoke"/> returns (HTML-escaped, like every value).
/// </summary>
public sealed record TemplateHelper(string Name, Func<IReadOnlyList<object?>, object?> Invoke);
