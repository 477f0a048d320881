using AngleSharp.Html.Parser;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Html;

/// <summary>
/// The one HTML pass, for pages whose Markdown contains HTML: the whole rendered body goes through the sanitiser (so
/// HTML split over several Markdown pieces is judged as the browser will see it), the result must come out of a
/// second pass unchanged (no re-parse can turn it into something else), and the body's ids are read from it.
/// </summary>
public static class SanitizeBody
{
    public static (string Html, HashSet<string> Ids, IReadOnlyList<string> DuplicateIds) Apply(string body, SourceLocation page, DiagnosticBag diagnostics)
    {
        // Removals were reported per piece, where the author wrote them (RawHtmlCheck).
        var sanitizer = ContentHtmlPolicy.Create(_ => { });
        using var document = sanitizer.SanitizeDom(body);
        var html = document.Body!.InnerHtml;
        if (sanitizer.Sanitize(html) != html)
        {
            // What a browser would re-parse differently is not published as it is.
            diagnostics.Add(HtmlDiagnostics.Ambiguous(page));
            html = sanitizer.Sanitize(sanitizer.Sanitize(html));
        }

        var all = document.Body.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        var ids = all.ToHashSet(StringComparer.Ordinal);
        var duplicates = all.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return (html, ids, duplicates);
    }
}
