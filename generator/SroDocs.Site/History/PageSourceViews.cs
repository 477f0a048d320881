using SroDocs.Site.Navigation;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.History;

/// <summary>
/// Builds a page's <see cref="PageSourceView"/>: its date of last change (from git, else its <c>stand</c>, saying which)
/// and its edit link (where a repository is configured). Only Markdown pages of the current state have one: a
/// generated page has no file, and a Fassung never changes.
/// </summary>
public static class PageSourceViews
{
    public static PageSourceView? For(LayoutInputs inputs, PageEntry page)
    {
        if (page.ContentPath is not { } path || page.FrontMatter is not { } frontMatter || inputs.Inputs.IsFassung)
        {
            return null;
        }

        var changed = LastChange.Of(inputs.Inputs.History, path, frontMatter.Stand) is { } change ? View(change) : null;
        var edit = inputs.Config.Repository?.EditUrl(inputs.Inputs.ContentFolderInRepository, path);
        return changed is null && edit is null ? null : new PageSourceView(changed, edit);
    }

    private static LastChangeView View(LastChange change) => new(
        change.Origin == DateOrigin.GitHistory ? "Zuletzt geändert am" : "Stand:",
        GermanFormat.LongDate(change.Date),
        GermanFormat.Iso(change.Date),
        change.Origin switch
        {
            DateOrigin.GitHistory => "laut Git-Verlauf",
            DateOrigin.StandUncommitted => "Angabe im Dokument; Änderungen noch nicht mit Git gespeichert",
            _ => "Angabe im Dokument; kein Git-Verlauf verfügbar",
        });
}
