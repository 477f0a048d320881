using System.Globalization;
using SroDocs.Site.Data;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.Authoring;

/// <summary>
/// <c>new meilenstein</c>: an entry in the milestones of a planning state in <c>meilensteine.yml</c> – by default the
/// current one – added to the file's text in date order (after the last milestone without a date), so the timeline stays
/// chronological and the file's comments and layout stay.
/// </summary>
public static class NewMilestone
{
    public sealed record Request(string? Titel)
    {
        /// <summary>The planned date as the timeline reads it: <c>2026-03-01</c>, <c>2026-03</c>, <c>ab 2026-03</c>, …</summary>
        public string? Datum { get; init; }

        public string? Erreicht { get; init; }

        public IReadOnlyList<string> Bausteine { get; init; } = [];

        public string? Beschreibung { get; init; }

        public string? Kennung { get; init; }

        public string? Planungsstand { get; init; }
    }

    public static AuthoringResult Plan(Request request, ContentFolder content)
    {
        if (TextInput.First(TextInput.OneLine(request.Titel, "--titel"), TextInput.OneLine(request.Beschreibung, "--beschreibung"), TextInput.OneLine(request.Kennung, "--kennung")) is { } bad)
        {
            return bad;
        }

        if (request.Titel is not { } title)
        {
            return Refusal.Usage("Bitte den Titel des Meilensteins mit --titel \"…\" angeben.");
        }

        Termin? termin = null;
        if (request.Datum is { } datum && !Termin.TryParse(datum, out termin))
        {
            return Refusal.Usage($"--datum erwartet ein Datum im Format JJJJ-MM-TT (auch JJJJ-MM, JJJJ, 'ab JJJJ-MM', 'bis JJJJ-MM' oder 'JJJJ-MM..JJJJ-MM'), angegeben: '{datum}'.");
        }

        if (request.Erreicht is { } reached && !DateOnly.TryParseExact(reached, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return Refusal.Usage($"--erreicht erwartet ein Datum im Format JJJJ-MM-TT (angegeben: '{reached}').");
        }

        var id = request.Kennung ?? Kennung.From(title);
        if (!Kennung.IsValid(id))
        {
            return Refusal.Usage(id.Length == 0 ? $"Aus '{title}' lässt sich keine Kennung bilden; bitte --kennung angeben." : Kennung.Problem(id, "Die Kennung"));
        }

        var (taxonomyFile, badTaxonomy) = content.ReadData(ContentLayout.TaxonomyFile);
        var (file, unreadable) = content.ReadData(ContentLayout.MilestonesFile);
        if ((badTaxonomy ?? unreadable) is { } cannotRead)
        {
            return cannotRead;
        }

        var taxonomy = taxonomyFile is null ? Taxonomy.Empty : Taxonomy.Read(taxonomyFile.Map);
        var (bausteine, unknown) = TextInput.Resolve(request.Bausteine, taxonomy.Bausteine, "--baustein");
        if (unknown is not null)
        {
            return unknown;
        }

        var path = ContentFolder.DataPath(ContentLayout.MilestonesFile);
        if (file is null)
        {
            return Refusal.Conflict($"'{content.Display(path)}' fehlt; ein Meilenstein gehört zu einem Planungsstand, den diese Datei beschreibt. Nichts geschrieben.");
        }

        var plan = MilestonePlan.Read(file.Map, taxonomy);
        if (plan.States.SelectMany(s => s.Milestones).FirstOrDefault(m => m.Id == id) is { } same)
        {
            return Refusal.Conflict($"Den Meilenstein mit der Kennung '{id}' gibt es schon ('{same.Title}', {same.Location}). Nichts geschrieben.");
        }

        var states = file.Map.Maps("planungsstaende");
        var stateIndex = request.Planungsstand is { } wanted
            ? states.ToList().FindIndex(s => s.String("id") == wanted)
            : states.ToList().FindIndex(s => s.Bool("aktuell") == true);
        if (stateIndex < 0)
        {
            var known = string.Join(", ", plan.States.Select(s => s.Id));
            return Refusal.Usage(request.Planungsstand is null
                ? $"Kein Planungsstand ist als aktuell markiert; bitte mit --planungsstand einen angeben: {known}."
                : $"Unbekannter Planungsstand '{request.Planungsstand}'. Vorhanden: {known}.");
        }

        var items = states[stateIndex].Maps("meilensteine");
        var list = new YamlListText(file.Text);
        if (items.IsEmpty || list.DashIndent(items[0]) is null)
        {
            return Refusal.Conflict($"Der Planungsstand '{states[stateIndex].String("id")}' in '{content.Display(file.ContentPath)}' hat noch keinen Meilenstein der Form '- id: …', an den sich der neue anschließen könnte. Nichts geschrieben.");
        }

        var later = termin is null ? null : items.FirstOrDefault(m => m.String("termin") is { } t && Termin.TryParse(t, out var other) && other.SortDate > termin.SortDate);
        var (text, line) = list.Insert(items, Entry(id, title, request, bausteine), later);
        var next = "Prüfen, ob eine Quelle den Meilenstein belegt"
            + (request.Beschreibung is null ? ", und eine Beschreibung ('beschreibung') ergänzen" : "")
            + ". Die Meilensteine haben sich geändert: danach den Befehl 'schema' ausführen.";
        return AuthoringResult.Planned([new ContentEdit(file.ContentPath, text, file.Text, line, $"Meilenstein '{title}' (Kennung {id}) im Planungsstand '{states[stateIndex].String("id")}'")], next);
    }

    /// <summary>The entry's lines relative to its dash, in the order the shipped milestones use.</summary>
    private static List<string> Entry(string id, string title, Request request, IReadOnlyList<string> bausteine)
    {
        List<string> lines = ["- id: " + id, "  titel: " + YamlText.Scalar(title)];
        if (request.Datum is { } datum)
        {
            lines.Add("  termin: " + YamlText.Scalar(datum.Trim()));
        }

        if (request.Erreicht is { } reached)
        {
            lines.Add("  erreicht: " + reached);
        }

        if (request.Beschreibung is { } description)
        {
            lines.Add("  beschreibung: " + YamlText.Scalar(description.Trim()));
        }

        lines.Add("  bausteine: " + YamlText.IdList(bausteine));
        return lines;
    }
}
