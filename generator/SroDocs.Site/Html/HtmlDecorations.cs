using AngleSharp.Dom;

namespace SroDocs.Site.Html;

/// <summary>Small accessibility and readability touches applied to every rendered page body.</summary>
public static class HtmlDecorations
{
    /// <summary>
    /// Gives every <c>::: platzhalter</c> block a visible, readable label, so that missing facts are marked
    /// in text, not by colour alone.
    /// </summary>
    public static void LabelPlaceholders(IElement body)
    {
        foreach (var block in body.QuerySelectorAll("div.platzhalter"))
        {
            block.SetAttribute("role", "note");
            var label = body.Owner!.CreateElement("p");
            label.ClassName = "platzhalter-label";
            label.TextContent = "Platzhalter – noch nicht belegt";
            block.Prepend(label);
        }
    }

    /// <summary>Wraps tables in a focusable scroll container so wide tables work on a 320 px screen.</summary>
    public static void WrapTables(IElement body)
    {
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            var wrapper = body.Owner!.CreateElement("div");
            wrapper.ClassName = "table-wrap";
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("role", "region");
            wrapper.SetAttribute("aria-label", "Tabelle (horizontal scrollbar)");
            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }
}
