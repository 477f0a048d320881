using System.Text;

namespace SroDocs.Site.Authoring;

/// <summary>
/// Writes what <c>new</c> planned. Before anything is written every edit is checked once more – a file to create must
/// still be missing, a data file must still hold the text that was read – so a refusal leaves every file as it was. A
/// data file is replaced through a neighbouring temporary file, never left half written.
/// </summary>
public static class ContentEditWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Null when everything was written, else why nothing (or, after a failing disk, not everything) was.</summary>
    public static Refusal? Write(IReadOnlyList<ContentEdit> edits, ContentFolder content)
    {
        foreach (var edit in edits)
        {
            var path = content.FullPath(edit.ContentPath);
            if (edit.Creates ? content.Exists(edit.ContentPath) : !File.Exists(path) || File.ReadAllText(path) != edit.Original)
            {
                return Refusal.Conflict($"'{content.Display(edit.ContentPath)}' hat sich inzwischen geändert. Nichts geschrieben; bitte den Befehl noch einmal ausführen.");
            }
        }

        try
        {
            foreach (var edit in edits.OrderBy(e => !e.Creates))
            {
                var path = content.FullPath(edit.ContentPath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (edit.Creates)
                {
                    using var created = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                    created.Write(Utf8.GetBytes(edit.Text));
                }
                else
                {
                    var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + Core.IO.AtomicDirectoryWriter.NameMarker + "neu");
                    File.WriteAllText(temporary, edit.Text, HasBom(path) ? new UTF8Encoding(true) : Utf8);
                    File.Move(temporary, path, overwrite: true);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Refusal.Conflict($"Schreiben fehlgeschlagen: {exception.Message}");
        }

        return null;
    }

    private static bool HasBom(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[3];
        return file.Read(head) == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
    }
}
