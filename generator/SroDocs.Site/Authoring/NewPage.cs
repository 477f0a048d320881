namespace SroDocs.Site.Authoring;

/// <summary>
/// <c>new seite</c>: a page at a path of the content folder (<c>projekt/neues-thema</c>), or with <c>…/_index</c> the
/// page of a new section, with the front matter every page needs and a placeholder for its text.
/// </summary>
public static class NewPage
{
    private const string IndexName = "_index";

    public sealed record Request(string Pfad, string? Titel, DateOnly Stand)
    {
        public string? Beschreibung { get; init; }
    }

    public static AuthoringResult Plan(Request request, ContentFolder content)
    {
        if (TextInput.First(TextInput.OneLine(request.Titel, "--titel"), TextInput.OneLine(request.Beschreibung, "--beschreibung")) is { } bad)
        {
            return bad;
        }

        var path = Normalise(request.Pfad, content.Root);
        var segments = path.Split('/');
        if (path.Length == 0 || segments.Select((s, i) => Kennung.IsValid(s) || (s == IndexName && i == segments.Length - 1)).Contains(false))
        {
            var wrong = segments.FirstOrDefault(s => !Kennung.IsValid(s) && s != IndexName) ?? request.Pfad;
            return Refusal.Usage(Kennung.Problem(wrong, "Der Name") + $" (Pfad '{request.Pfad}'; die Seite eines neuen Bereichs heißt '<ordner>/_index'.)");
        }

        if (request.Titel is null)
        {
            return Refusal.Usage("Bitte den Titel der Seite mit --titel \"…\" angeben.");
        }

        var contentPath = path + ".md";
        var isSection = segments[^1] == IndexName;
        var folder = string.Join('/', segments[..^1]);
        // The folder the page is listed in: its own, or for a section's page the one above; it must exist.
        var mustExist = ExistingPage.NavigationFolderOf(contentPath) ?? "";
        if (mustExist.Length > 0 && !Directory.Exists(content.FullPath(mustExist)))
        {
            return Refusal.Usage($"Den Ordner '{content.Display(mustExist)}' gibt es nicht. Einen neuen Bereich legen Sie zuerst mit 'new seite {mustExist}/_index --titel \"…\"' an.");
        }

        var twin = isSection ? folder + ".md" : path + "/" + ContentLayout.SectionIndex;
        if (new[] { contentPath, twin }.FirstOrDefault(p => p != ".md" && content.Exists(p)) is { } existing)
        {
            return Refusal.Conflict($"Die Datei '{content.Display(existing)}' gibt es schon{(existing == twin ? " und hat dieselbe Adresse" : "")}. Nichts geschrieben.");
        }

        var page = new PageDraft(request.Titel, request.Stand, ContentFolder.NextWeight(content.Pages(), mustExist))
        {
            Description = request.Beschreibung,
            Body = Placeholder.Block("Der Text dieser Seite ist noch nicht geschrieben."),
        };
        var url = Content.ContentPaths.UrlOf(contentPath);
        return AuthoringResult.Planned(
            [new ContentEdit(contentPath, page.Text(), null, 1, $"{(isSection ? "Bereichsseite" : "Seite")} '{request.Titel}' (Adresse {url})")],
            $"Den Text schreiben (den Platzhalter ersetzen){(isSection ? "" : " und die Seite von einer passenden Seite aus verlinken")}.");
    }

    /// <summary><c>content/projekt/neu.md</c>, <c>./projekt/neu</c> or <c>projekt\neu</c> → <c>projekt/neu</c>.</summary>
    private static string Normalise(string path, string root)
    {
        var normal = path.Trim().Replace('\\', '/').Trim('/');
        while (normal.StartsWith("./", StringComparison.Ordinal))
        {
            normal = normal[2..];
        }

        var prefix = root.Replace('\\', '/').Trim('/') + "/";
        if (!Path.IsPathRooted(root) && normal.StartsWith(prefix, StringComparison.Ordinal))
        {
            normal = normal[prefix.Length..];
        }

        return normal.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? normal[..^3] : normal;
    }
}
