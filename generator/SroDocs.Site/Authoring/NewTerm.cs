using SroDocs.Site.Glossary;

namespace SroDocs.Site.Authoring;

/// <summary>
/// <c>new begriff</c>: an entry at the end of <c>glossar.yml</c>, added to the file's text so that its comments and layout
/// stay. The id comes from the abbreviation or the term, the short text from the first sentence of the explanation; an
/// explanation not given yet is a placeholder.
/// </summary>
public static class NewTerm
{
    public sealed record Request(string Begriff)
    {
        public string? Erklaerung { get; init; }

        public string? Kurz { get; init; }

        public string? Abkuerzung { get; init; }

        public string? Kennung { get; init; }
    }

    public static AuthoringResult Plan(Request request, ContentFolder content)
    {
        if (TextInput.First(TextInput.OneLine(request.Begriff, "Der Begriff"), TextInput.OneLine(request.Kurz, "--kurz"), TextInput.OneLine(request.Abkuerzung, "--abkuerzung"), TextInput.OneLine(request.Kennung, "--kennung")) is { } bad)
        {
            return bad;
        }

        if (request.Erklaerung is { } explanation && (explanation.Trim().Length == 0 || Content.TextFiles.FirstControlCharacter(explanation) is not null))
        {
            return Refusal.Usage("--erklaerung ist leer oder enthält Steuerzeichen.");
        }

        var term = request.Begriff.Trim();
        var id = request.Kennung ?? Kennung.From(request.Abkuerzung ?? term);
        if (!Kennung.IsValid(id))
        {
            return Refusal.Usage(id.Length == 0 ? $"Aus '{term}' lässt sich keine Kennung bilden; bitte --kennung angeben." : Kennung.Problem(id, "Die Kennung"));
        }

        var (file, unreadable) = content.ReadData(ContentLayout.GlossaryFile);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var entry = Entry(id, term, request);
        if (file is null)
        {
            return AuthoringResult.Planned([new ContentEdit(ContentFolder.DataPath(ContentLayout.GlossaryFile), "begriffe:\n" + string.Join("\n", entry.Select(l => l.Length == 0 ? l : "  " + l)) + "\n", null, 2, $"Begriff '{term}' (Kennung {id})")], NextStep(id));
        }

        var items = file.Map.Maps("begriffe");
        var glossary = GlossaryData.Read(file.Map);
        var forms = new[] { term, request.Abkuerzung }.OfType<string>();
        if ((glossary.Find(id) ?? glossary.Terms.FirstOrDefault(t => t.RecognisedForms.Intersect(forms, StringComparer.OrdinalIgnoreCase).Any())) is { } existing)
        {
            return Refusal.Conflict($"Den Begriff gibt es schon: '{existing.DisplayName}' (Kennung {existing.Id}, {existing.Location}). Nichts geschrieben.");
        }

        var list = new YamlListText(file.Text);
        if (items.IsEmpty || list.DashIndent(items[0]) is null)
        {
            return Refusal.Conflict($"In '{content.Display(file.ContentPath)}' steht unter 'begriffe' noch kein Eintrag der Form '- id: …', an den sich der neue anschließen könnte. Nichts geschrieben.");
        }

        var (text, line) = list.Insert(items, entry);
        return AuthoringResult.Planned([new ContentEdit(file.ContentPath, text, file.Text, line, $"Begriff '{term}' (Kennung {id})")], NextStep(id));
    }

    /// <summary>The entry's lines relative to its dash, in the order the shipped glossary uses.</summary>
    private static List<string> Entry(string id, string term, Request request)
    {
        var explanation = request.Erklaerung?.Trim();
        List<string> lines = ["- id: " + id];
        if (request.Abkuerzung is { } abbreviation)
        {
            lines.Add("  abkuerzung: " + YamlText.Scalar(abbreviation.Trim()));
        }

        lines.Add("  begriff: " + YamlText.Scalar(term));
        lines.Add("  kurz: " + YamlText.Scalar(request.Kurz?.Trim() ?? (explanation is null ? Placeholder.Text("Kurzerklärung") : FirstSentence(explanation))));
        lines.AddRange(YamlText.LiteralBlock("definition", explanation ?? Placeholder.Markdown("Die Erklärung dieses Begriffs ist noch nicht belegt."), 2).Select(l => l.Length == 0 ? l : "  " + l));
        return lines;
    }

    /// <summary>The first sentence of at least 40 characters (so "z. B." does not end it early), or the whole text on one line.</summary>
    private static string FirstSentence(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        for (var i = 40; i < flat.Length - 2; i++)
        {
            if (flat[i] is '.' or '!' or '?' && flat[i + 1] == ' ' && char.IsUpper(flat[i + 2]))
            {
                return flat[..(i + 1)];
            }
        }

        return flat;
    }

    private static string NextStep(string id) =>
        $"Quellen ('quellen') und verwandte Begriffe ('siehe_auch') ergänzen, wo sie belegt sind. Der Begriff wird auf jeder Seite beim ersten Vorkommen verlinkt; ein Verweis von Hand lautet [Text](glossar:{id}).";
}
