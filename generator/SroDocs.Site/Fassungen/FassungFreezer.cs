using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Fassungen;

/// <summary>
/// Freezes the current content into <c>fassungen/&lt;slug&gt;/</c>: every file of the content except the site's theme
/// overrides and hidden files goes to <c>inhalt/</c>, and <c>fassung.yml</c> records each file's SHA-256 and the root
/// hash. The folder appears whole or not at all (written beside it, then renamed). Marks a Vorlage as decided, too —
/// that changes only the manifest's status, dates and history, never a frozen file.
/// </summary>
public static class FassungFreezer
{
    /// <summary>The files of <paramref name="content"/> a Fassung freezes: pages, data and published files, not <c>_theme/</c>.</summary>
    public static IEnumerable<string> FilesToFreeze(IContentSource content) =>
        content.List().Files.Where(path => !path.Split('/').Any(segment => segment.StartsWith('.'))
            && !path.StartsWith(ContentLayout.ThemeOverrideFolder + "/", StringComparison.Ordinal));

    /// <summary>Freezes <paramref name="content"/>; returns the manifest, or null with the reason in <paramref name="diagnostics"/>.</summary>
    /// <param name="fassungenRoot">The folder of all Fassungen (made if missing).</param>
    public static FassungManifest? Freeze(FreezeRequest request, IContentSource content, string fassungenRoot, DiagnosticBag diagnostics)
    {
        var target = Path.Combine(fassungenRoot, request.Beschluss.Slug);
        if (Directory.Exists(target))
        {
            diagnostics.Add(FassungDiagnostics.Duplicate(SourceLocation.FileOnly(target), request.Beschluss.Value, request.Beschluss.Slug));
            return null;
        }

        if (request.Status == FassungStatus.Beschlossen && request.BeschlossenAm is null)
        {
            diagnostics.Add(FassungDiagnostics.RequestInvalid("Eine beschlossene Fassung braucht das Datum des Beschlusses (--datum JJJJ-MM-TT); eine Fassung vor dem Beschluss wird mit --status vorlage eingefroren."));
            return null;
        }

        var files = FilesToFreeze(content).Select(path => (Path: path, Bytes: content.ReadAllBytes(path))).ToList();
        var frozen = FrozenFile.Sorted(files.Select(f => FrozenFile.Of(f.Path, f.Bytes)));
        var manifest = new FassungManifest
        {
            Beschluss = request.Beschluss,
            Gremium = request.Gremium,
            Titel = request.Titel,
            Status = request.Status,
            BeschlossenAm = request.BeschlossenAm,
            GueltigAb = request.GueltigAb ?? request.BeschlossenAm,
            EingefrorenAm = request.Today,
            Verlauf = [new StatusChange(request.Today, request.Status, request.Status == FassungStatus.Beschlossen
                ? $"Als beschlossene Fassung eingefroren (Beschluss vom {Templates.GermanFormat.Date(request.BeschlossenAm!.Value)})."
                : "Vor dem Beschluss als Vorlage eingefroren.")],
            Dateien = frozen,
            Wurzel = FrozenFile.RootHashOf(frozen),
        };

        using var writer = new AtomicDirectoryWriter(target);
        foreach (var (path, bytes) in files)
        {
            writer.Write(FassungManifest.ContentFolder + "/" + path, bytes);
        }

        writer.Write(FassungManifest.FileName, System.Text.Encoding.UTF8.GetBytes(ManifestText.Write(manifest)));
        writer.Commit();
        return manifest;
    }

    /// <summary>Marks a Vorlage as decided: status, date of decision, start of validity and a history entry; the files stay as frozen.</summary>
    public static FassungManifest? Decide(Fassung fassung, DateOnly decidedOn, DateOnly? validFrom, DateOnly today, string fassungenRoot, DiagnosticBag diagnostics)
    {
        if (fassung.Manifest.Status == FassungStatus.Beschlossen)
        {
            diagnostics.Add(FassungDiagnostics.RequestInvalid($"Die Fassung {fassung.Manifest.Beschluss} ist bereits beschlossen (am {Templates.GermanFormat.Date(fassung.Manifest.BeschlossenAm!.Value)})."));
            return null;
        }

        var decided = fassung.Manifest with
        {
            Status = FassungStatus.Beschlossen,
            BeschlossenAm = decidedOn,
            GueltigAb = validFrom ?? decidedOn,
            Verlauf = fassung.Manifest.Verlauf.Add(new StatusChange(today, FassungStatus.Beschlossen, $"Vom {fassung.Manifest.Gremium} am {Templates.GermanFormat.Date(decidedOn)} beschlossen; der Text ist unverändert.")),
        };
        var path = Path.Combine(fassungenRoot, fassung.Slug, FassungManifest.FileName);
        // Written beside the Fassungen under a hidden name (never read as one), then moved over the manifest in one rename.
        var temporary = Path.Combine(fassungenRoot, $".{fassung.Slug}{AtomicDirectoryWriter.NameMarker}manifest-{Guid.NewGuid():N}");
        File.WriteAllText(temporary, ManifestText.Write(decided));
        File.Move(temporary, path, overwrite: true);
        return decided;
    }
}
