using AngleSharp.Dom;
using SroDocs.Site.Content;

namespace SroDocs.Site.Glossary;

/// <summary>
/// Marks the first occurrence of each glossary term in a page body as a link to its glossary entry, with a
/// tooltip (long form and short definition) that CSS shows on hover and focus. Headings, links, code and
/// existing abbreviations are left alone. Without CSS or JavaScript the mark-up is a plain link.
/// </summary>
public static class GlossaryTermLinker
{
    private static readonly HashSet<string> SkippedElements =
        new(StringComparer.OrdinalIgnoreCase) { "H1", "H2", "H3", "H4", "H5", "H6", "A", "CODE", "PRE", "KBD", "SAMP", "ABBR", "SCRIPT", "STYLE", "BUTTON", "LABEL" };

    /// <param name="body">The element holding the page body.</param>
    /// <param name="glossaryUrl">The site URL of the glossary page.</param>
    /// <param name="pageUrl">The site URL of the page being processed (links are made relative to it).</param>
    public static void Apply(IElement body, TermMatcher matcher, string glossaryUrl, string pageUrl)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var textNodes = body.Descendants<IText>().Where(t => !IsInsideSkipped(t, body)).ToList();
        foreach (var textNode in textNodes)
        {
            var text = textNode.Data;
            var matches = matcher.Matches(text).Where(m => linked.Add(m.Term.Id)).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            var document = body.Owner!;
            var fragment = document.CreateDocumentFragment();
            var position = 0;
            foreach (var (term, index, length) in matches)
            {
                fragment.AppendChild(document.CreateTextNode(text[position..index]));
                fragment.AppendChild(CreateTerm(document, term, text.Substring(index, length), SiteUrls.Relative(pageUrl, glossaryUrl + "#" + term.Id)));
                position = index + length;
            }

            fragment.AppendChild(document.CreateTextNode(text[position..]));
            textNode.Parent!.ReplaceChild(fragment, textNode);
        }
    }

    private static IElement CreateTerm(IDocument document, GlossaryTerm term, string matchedText, string href)
    {
        var tipId = "begriff-" + term.Id;
        var wrapper = document.CreateElement("span");
        wrapper.ClassName = "term";
        var link = document.CreateElement("a");
        link.ClassName = "term-link";
        link.SetAttribute("href", href);
        link.SetAttribute("aria-describedby", tipId);
        if (matchedText == term.Abbreviation)
        {
            var abbr = document.CreateElement("abbr");
            abbr.TextContent = matchedText;
            link.AppendChild(abbr);
        }
        else
        {
            link.TextContent = matchedText;
        }

        var tip = document.CreateElement("span");
        tip.ClassName = "term-tip";
        tip.Id = tipId;
        tip.SetAttribute("role", "tooltip");
        var name = document.CreateElement("strong");
        name.TextContent = term.DisplayName + ": ";
        tip.AppendChild(name);
        tip.AppendChild(document.CreateTextNode(term.Short));
        wrapper.AppendChild(link);
        wrapper.AppendChild(tip);
        return wrapper;
    }

    private static bool IsInsideSkipped(INode node, IElement root)
    {
        for (var parent = node.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (SkippedElements.Contains(parent.TagName) || parent.ClassList.Contains("term") || parent.HasAttribute("data-kein-glossar"))
            {
                return true;
            }
        }

        return false;
    }
}
