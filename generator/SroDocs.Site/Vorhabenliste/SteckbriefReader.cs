using System.Collections.Immutable;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Fassungen;
using SroDocs.Site.Glossary;
using SroDocs.Site.Timeline;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Vorhabenliste;

/// <summary>Reads <c>_data/steckbrief.yml</c>; every problem is a diagnostic at its key or value.</summary>
public static class SteckbriefReader
{
    public static readonly ImmutableHashSet<string> Keys =
        ["bezeichnung", "stand", "beschreibung", "beschluesse", "kostenrahmen", "beteiligung", "weitere_informationen", "kriterien", "kriterien_hinweis"];

    public static readonly ImmutableHashSet<string> BeteiligungKeys = ["geplant", "stufe", "gestaltungsspielraum", "zeitrahmen", "ab_meilenstein", "formate"];
    public static readonly ImmutableHashSet<string> LinkKeys = ["titel", "url"];
    public static readonly ImmutableHashSet<string> CriterionKeys = [.. Criteria.All.Select(c => c.Key)];

    /// <summary>Keys the Steckbrief and each of its links must have.</summary>
    public static readonly ImmutableArray<string> RequiredKeys = ["bezeichnung", "stand"];
    public static readonly ImmutableArray<string> LinkRequiredKeys = ["titel"];

    public static SteckbriefData Read(YamlMap map, MilestonePlan milestones)
    {
        map.WarnUnknownKeys(Keys, "im Steckbrief");
        var bezeichnung = map.String("bezeichnung", required: true);
        var stand = map.Date("stand", required: true);

        var beschluesse = ImmutableArray.CreateBuilder<BeschlussNummer>();
        foreach (var text in map.StringList("beschluesse"))
        {
            if (BeschlussNummer.Parse(text.Value, out var problem) is { } number)
            {
                beschluesse.Add(number);
            }
            else
            {
                map.Report(DataDiagnostics.InvalidBeschlussInSteckbrief(text.Location, problem!));
            }
        }

        var links = map.Maps("weitere_informationen").Select(link =>
        {
            link.WarnUnknownKeys(LinkKeys, "in 'weitere_informationen'");
            return new SourceReference(link.String("titel", required: true) ?? "", link.Url("url"));
        }).Where(l => l.Title.Length > 0).ToImmutableArray();

        var kriterien = ImmutableDictionary.CreateBuilder<string, bool>(StringComparer.Ordinal);
        if (map.Map("kriterien") is { } criteria)
        {
            criteria.WarnUnknownKeys(CriterionKeys, "in den Kriterien");
            foreach (var criterion in Criteria.All)
            {
                if (criteria.Bool(criterion.Key) is { } met)
                {
                    kriterien[criterion.Key] = met;
                }
            }
        }

        var beteiligung = ReadBeteiligung(map.Map("beteiligung"), milestones);
        if (bezeichnung is null)
        {
            return SteckbriefData.None;
        }

        return new SteckbriefData(new Steckbrief(
            bezeichnung, stand, map.String("beschreibung"), beschluesse.ToImmutable(), map.String("kostenrahmen"), beteiligung, links,
            kriterien.ToImmutable(), map.String("kriterien_hinweis"), map.Location));
    }

    private static Beteiligung ReadBeteiligung(YamlMap? map, MilestonePlan milestones)
    {
        if (map is null)
        {
            return new Beteiligung(null, null, null, null, null, []);
        }

        map.WarnUnknownKeys(BeteiligungKeys, "in 'beteiligung'");
        Beteiligungsstufe? stufe = null;
        if (map.String("stufe") is { } text)
        {
            stufe = BeteiligungsstufeNames.FromId(text);
            if (stufe is null)
            {
                map.Report(DataDiagnostics.UnknownBeteiligungsstufe(map.ValueLocation("stufe"), text, BeteiligungsstufeNames.Ids));
            }
        }

        var milestone = map.String("ab_meilenstein");
        var known = milestones.Current?.Milestones.Select(m => m.Id).ToList() ?? [];
        if (milestone is not null && !known.Contains(milestone))
        {
            map.Report(DataDiagnostics.UnknownMilestoneInSteckbrief(map.ValueLocation("ab_meilenstein"), milestone, known));
            milestone = null;
        }

        return new Beteiligung(map.Bool("geplant"), stufe, map.String("gestaltungsspielraum"), map.String("zeitrahmen"), milestone,
            [.. map.StringList("formate").Select(f => f.Value)]);
    }
}
