using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Fassungen;

/// <summary>Reads a Fassung's <c>fassung.yml</c>: every problem is a located diagnostic, and a manifest with errors is not returned.</summary>
public static class ManifestReader
{
    private static readonly HashSet<string> Keys = ["beschluss", "gremium", "titel", "status", "beschlossen_am", "gueltig_ab", "eingefroren_am", "verlauf", "wurzel", "dateien"];

    /// <param name="source">The folder of all Fassungen.</param>
    /// <param name="folder">The Fassung's folder below it.</param>
    public static FassungManifest? Read(IContentSource source, string folder, DiagnosticBag diagnostics)
    {
        var path = folder + "/" + FassungManifest.FileName;
        var display = source.DisplayPath(path);
        if (!source.Contains(path))
        {
            diagnostics.Add(FassungDiagnostics.ManifestMissing(SourceLocation.FileOnly(source.DisplayPath(folder))));
            return null;
        }

        var bytes = source.ReadAllBytes(path);
        if (TextFiles.FindFault(bytes) is { } fault)
        {
            diagnostics.Add(FrontMatterDiagnostics.UnreadableText(display, fault));
            return null;
        }

        var problems = new List<Diagnostic>();
        var map = YamlDocumentReader.Read(new YamlSource(display, TextFiles.Decode(bytes), 0), YamlErrors.Fassung, problems);
        var manifest = map is null ? null : FromMap(map, folder);
        diagnostics.AddRange(problems);
        return problems.Any(p => p.Severity == Severity.Error) ? null : manifest;
    }

    private static FassungManifest? FromMap(YamlMap map, string folder)
    {
        map.WarnUnknownKeys(Keys, "in fassung.yml");
        var beschluss = Beschluss(map);
        var status = Status(map, "status");
        var decided = map.Date("beschlossen_am");
        if (status == FassungStatus.Beschlossen && decided is null && !map.Has("beschlossen_am"))
        {
            map.Report(FassungDiagnostics.DecisionDateMissing(map.Location));
        }

        var files = map.Maps("dateien", required: true).Select(File).ToList();
        var root = map.String("wurzel", required: true);
        var titel = map.String("titel", required: true);
        var frozen = map.Date("eingefroren_am", required: true);
        var history = map.Maps("verlauf").Select(Change).ToList();
        if (beschluss is null || status is null || root is null || titel is null || frozen is null || files.Any(f => f is null) || history.Any(h => h is null))
        {
            return null;
        }

        if (beschluss.Slug != folder)
        {
            map.Report(FassungDiagnostics.FolderDoesNotMatch(map.ValueLocation("beschluss"), folder, beschluss.Slug));
        }

        var sorted = FrozenFile.Sorted(files!);
        var computed = FrozenFile.RootHashOf(sorted);
        if (!string.Equals(computed, root, StringComparison.Ordinal))
        {
            map.Report(FassungDiagnostics.RootHashMismatch(map.ValueLocation("wurzel"), root, computed));
        }

        return new FassungManifest
        {
            Beschluss = beschluss,
            Gremium = map.String("gremium") ?? FassungManifest.DefaultGremium,
            Titel = titel,
            Status = status.Value,
            BeschlossenAm = decided,
            GueltigAb = map.Date("gueltig_ab"),
            EingefrorenAm = frozen.Value,
            Verlauf = [.. history!],
            Dateien = sorted,
            Wurzel = root,
        };
    }

    private static BeschlussNummer? Beschluss(YamlMap map)
    {
        if (map.String("beschluss", required: true) is not { } text)
        {
            return null;
        }

        var number = BeschlussNummer.Parse(text, out var problem);
        if (number is null)
        {
            map.Report(FassungDiagnostics.NotABeschluss(map.ValueLocation("beschluss"), problem!));
        }

        return number;
    }

    private static FassungStatus? Status(YamlMap map, string key)
    {
        if (map.String(key, required: true) is not { } text)
        {
            return null;
        }

        var status = FassungStatusNames.FromId(text);
        if (status is null)
        {
            map.Report(FassungDiagnostics.UnknownStatus(map.ValueLocation(key), text));
        }

        return status;
    }

    private static FrozenFile? File(YamlMap entry)
    {
        var path = entry.String("pfad", required: true);
        var hash = entry.String("sha256", required: true);
        if (path is null || hash is null)
        {
            return null;
        }

        if (!SourcePaths.IsSafe(path))
        {
            entry.Report(FassungDiagnostics.UnsafePath(entry.ValueLocation("pfad"), path));
            return null;
        }

        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            entry.Report(FassungDiagnostics.NotAHash(entry.ValueLocation("sha256"), hash));
            return null;
        }

        return new FrozenFile(path, hash);
    }

    private static StatusChange? Change(YamlMap entry)
    {
        var date = entry.Date("datum", required: true);
        var status = Status(entry, "status");
        var text = entry.String("text") ?? "";
        return date is null || status is null ? null : new StatusChange(date.Value, status.Value, text);
    }
}
