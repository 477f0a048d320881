using System.Net;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Output;

namespace SroDocs.Site.Redirects;

/// <summary>
/// Writes each redirect as a small German page at the former address: a meta refresh (no script, so the
/// Content-Security-Policy holds), the canonical link to the page's address now, <c>noindex</c>, and a visible link for
/// readers whose browser does not follow the refresh. Its links are relative, so it works under any prefix.
/// </summary>
public sealed class RenderRedirects : DocumentStep
{
    public override StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Config, SiteValues.Inputs);

    protected override bool Applies(Document document) => document.Metadata.Contains(Redirect.Key);

    protected override Document Process(Document document, StepContext context) =>
        document.WithText(Html(document.Get(Redirect.Key), AbsoluteUrls.For(context), context.Read(SiteValues.Config).Title));

    public static string Html(Redirect redirect, AbsoluteUrls urls, string siteTitle)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var target = SiteUrls.Relative(redirect.From, redirect.To);
        var root = SiteUrls.ToRoot(redirect.From);
        return $"""
            <!DOCTYPE html>
            <html lang="de">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy.Policy}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={E(target)}">
            <title>Diese Seite ist umgezogen – {E(siteTitle)}</title>
            <link rel="canonical" href="{E(urls.Of(redirect.To))}">
            <link rel="icon" href="{E(root)}assets/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="{E(root)}assets/site.css">
            </head>
            <body>
            <main id="inhalt" class="wrap">
            <h1>Diese Seite ist umgezogen</h1>
            <p>Diese Seite ist umgezogen: <a href="{E(target)}">{E(redirect.Title)}</a>. Ihr Browser sollte Sie gleich dorthin bringen; sonst folgen Sie bitte dem Link und ändern gespeicherte Lesezeichen.</p>
            </main>
            </body>
            </html>

            """;
    }
}
