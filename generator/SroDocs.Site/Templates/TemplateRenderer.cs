namespace SroDocs.Site.Templates;

/// <summary>What rendered a page's templates: the direct rendering, or Handlebars.Net (see <see cref="ThemeTemplates"/>).</summary>
public enum TemplateRenderer
{
    Direct,
    Handlebars,
}
