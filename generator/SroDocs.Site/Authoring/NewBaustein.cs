using System.Collections.Immutable;
using System.Globalization;
using SroDocs.Site.Data;

namespace SroDocs.Site.Authoring;

/// <summary>
/// <c>new baustein</c>: the page <c>bausteine/&lt;kennung&gt;.md</c> like the shipped Baustein pages, and – for a Baustein
/// the taxonomy does not list yet – its entry in <c>taxonomie.yml</c>. Status and cycle default to the start of the cycle,
/// the Ebenen to all Ebenen of the taxonomy, marked on the page as a placeholder until they are decided.
/// </summary>
public static class NewBaustein
{
    public const string Folder = "bausteine";

    public sealed record Request(string Kennung, DateOnly Stand)
    {
        public string? Titel { get; init; }

        public string? Kurzname { get; init; }

        public string? Beschreibung { get; init; }

        /// <summary>Ids, names or numbers of Ebenen; empty for the default.</summary>
        public IReadOnlyList<string> Ebenen { get; init; } = [];

        public string? Status { get; init; }

        public string? Zyklus { get; init; }
    }

    public static AuthoringResult Plan(Request request, ContentFolder content)
    {
        if (!Kennung.IsValid(request.Kennung))
        {
            return Refusal.Usage(Kennung.Problem(request.Kennung, "Die Kennung"));
        }

        if (TextInput.First(TextInput.OneLine(request.Titel, "--titel"), TextInput.OneLine(request.Kurzname, "--kurzname"), TextInput.OneLine(request.Beschreibung, "--beschreibung")) is { } bad)
        {
            return bad;
        }

        var (file, unreadable) = content.ReadData(ContentLayout.TaxonomyFile);
        if (file is null)
        {
            return unreadable ?? Refusal.Conflict($"'{content.Display(ContentFolder.DataPath(ContentLayout.TaxonomyFile))}' fehlt; ein Baustein braucht die Taxonomie mit Ebenen und Status. Nichts geschrieben.");
        }

        var taxonomy = Taxonomy.Read(file.Map);
        var (ebenen, unknownEbene) = TextInput.Resolve(request.Ebenen, taxonomy.Ebenen, "--ebene");
        var (status, unknownStatus) = TextInput.Resolve(request.Status is null ? [] : [request.Status], taxonomy.Status, "--status");
        if ((unknownEbene ?? unknownStatus) is { } unknown)
        {
            return unknown;
        }

        var zyklus = 1;
        if (request.Zyklus is { } cycle && (!int.TryParse(cycle, NumberStyles.None, CultureInfo.InvariantCulture, out zyklus) || zyklus < 1))
        {
            return Refusal.Usage($"--zyklus erwartet eine ganze Zahl ab 1 (angegeben: '{cycle}').");
        }

        if (taxonomy.Ebenen.Terms.IsEmpty || taxonomy.Status.Terms.IsEmpty)
        {
            return Refusal.Conflict($"Die Taxonomie '{content.Display(file.ContentPath)}' nennt keine {(taxonomy.Ebenen.Terms.IsEmpty ? "Ebenen" : "Status")}; ein Baustein braucht sie. Nichts geschrieben.");
        }

        var pagePath = $"{Folder}/{request.Kennung}.md";
        if (content.Exists(pagePath))
        {
            return Refusal.Conflict($"Die Datei '{content.Display(pagePath)}' gibt es schon. Nichts geschrieben.");
        }

        var term = taxonomy.Bausteine.Terms.FirstOrDefault(t => t.Id == request.Kennung);
        var pages = content.Pages();
        if (pages.FirstOrDefault(p => p.Baustein is { } b && taxonomy.Bausteine.Find(b)?.Id == request.Kennung) is { } other)
        {
            return Refusal.Conflict($"Den Baustein '{request.Kennung}' beschreibt schon die Seite '{content.Display(other.ContentPath)}'. Nichts geschrieben.");
        }

        var title = request.Titel ?? term?.Name;
        if (title is null)
        {
            return Refusal.Usage($"Den Baustein '{request.Kennung}' gibt es in der Taxonomie noch nicht: Bitte seinen Namen mit --titel \"…\" angeben. Vorhandene Bausteine: {taxonomy.Bausteine.Allowed}.");
        }

        var edits = ImmutableArray.CreateBuilder<ContentEdit>();
        if (term is null)
        {
            var items = file.Map.Maps("bausteine");
            var list = new YamlListText(file.Text);
            if (items.IsEmpty || list.DashIndent(items[0]) is null)
            {
                return Refusal.Conflict($"In '{content.Display(file.ContentPath)}' steht unter 'bausteine' noch kein Eintrag der Form '- id: …', an den sich der neue anschließen könnte; bitte den ersten Baustein von Hand eintragen. Nichts geschrieben.");
            }

            List<string> entry = ["- id: " + request.Kennung, "  name: " + YamlText.Scalar(title)];
            if (request.Kurzname is { } shortName)
            {
                entry.Add("  kurzname: " + YamlText.Scalar(shortName));
            }

            var (text, line) = list.Insert(items, entry);
            edits.Add(new ContentEdit(file.ContentPath, text, file.Text, line, $"Baustein '{request.Kennung}' in der Liste 'bausteine'"));
        }

        var defaultEbenen = ebenen.Count == 0;
        IReadOnlyList<string> pageEbenen = defaultEbenen ? [.. taxonomy.Ebenen.Terms.Select(t => t.Id)] : ebenen;
        var pageStatus = status.Count == 0 ? taxonomy.Status.Terms[0].Id : status[0];
        var page = new PageDraft(title, request.Stand, ContentFolder.NextWeight(pages, Folder))
        {
            Description = request.Beschreibung,
            Keys =
            [
                ("baustein", request.Kennung),
                ("ebenen", YamlText.IdList(pageEbenen)),
                ("status", pageStatus),
                ("zyklus", zyklus.ToString(CultureInfo.InvariantCulture)),
            ],
            Body = Body(defaultEbenen),
        };
        edits.Insert(0, new ContentEdit(pagePath, page.Text(), null, 1, $"Baustein-Seite '{title}' (Status {pageStatus}, Zyklus {zyklus}, Ebenen {string.Join(", ", pageEbenen)}{(defaultEbenen ? " – vorläufig alle" : "")})"));
        var next = $"Die Platzhalter in '{content.Display(pagePath)}' durch belegte Angaben ersetzen"
            + (defaultEbenen ? " und mit 'ebenen' festlegen, welche Ebenen der Baustein betrifft" : "")
            + "."
            + (term is null ? " Die Taxonomie hat sich geändert: danach den Befehl 'schema' ausführen und in .github/CODEOWNERS eine Zeile für den Baustein ergänzen." : "");
        return AuthoringResult.Planned(edits.ToImmutable(), next);
    }

    private static IReadOnlyList<string> Body(bool defaultEbenen) =>
    [
        "## Worum es geht",
        "",
        .. Placeholder.Block("Worum es in diesem Baustein geht, ist noch nicht beschrieben."),
        "",
        "## Ebenen und Schwerpunkte",
        "",
        .. Placeholder.Block(defaultEbenen
            ? "Welche Ebenen dieser Baustein betrifft, ist noch nicht festgelegt; vorläufig sind alle Ebenen eingetragen. Welche Schwerpunkte er berührt, ist offen."
            : "Die Zuordnung zu den Ebenen ist eine Annahme und muss noch bestätigt werden. Welche Schwerpunkte der Baustein berührt, ist offen."),
        "",
        "## Stand",
        "",
        .. Placeholder.Block("Der aktuelle Stand dieses Bausteins ist nicht dokumentiert."),
    ];
}
