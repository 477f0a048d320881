using System.Runtime.InteropServices;
using System.Text;

namespace SroDocs.Core.IO;

/// <summary>
/// Lists a folder tree with <c>readdir</c> (its 64-bit record), each folder opened relative to its parent and never through a link: every
/// entry comes with the kind its folder records for it, so no entry needs a <c>stat</c> of its own (where the file
/// system records no kind, it is read with <see cref="LinuxFileStatus"/>).
/// </summary>
internal static unsafe partial class LinuxFolderWalk
{
    private const int AtCurrentDirectory = -100;
    private const int OpenReadOnly = 0, OpenDirectory = 0x10000, OpenNoFollow = 0x20000, OpenCloseOnExec = 0x80000;
    private const int FolderFlags = OpenReadOnly | OpenDirectory | OpenNoFollow | OpenCloseOnExec;
    private const byte UnknownType = 0, FolderType = 4, FileType = 8;
    private const int TypeOffset = 18, NameOffset = 19;

    /// <summary>Names that are not UTF-8 stop the walk: as strings, they would name other entries.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every entry below <paramref name="folder"/> (not the folder itself), folders before what they hold.</summary>
    public static void Walk(string folder, Action<string, EntryKind> visit)
    {
        var handle = openat(AtCurrentDirectory, folder, FolderFlags);
        if (handle < 0)
        {
            throw new IOException($"Cannot open '{folder}' (errno {Marshal.GetLastPInvokeError()}).");
        }

        WalkOpen(handle, folder, visit);
    }

    /// <summary>Walks the folder open as <paramref name="handle"/> and closes it.</summary>
    private static void WalkOpen(int handle, string path, Action<string, EntryKind> visit)
    {
        var stream = fdopendir(handle);
        if (stream == 0)
        {
            close(handle);
            throw new IOException($"Cannot read '{path}' (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            var folders = new List<string>();
            byte* entry;
            while ((entry = readdir(stream)) != null)
            {
                var name = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(entry + NameOffset);
                if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8))
                {
                    continue;
                }

                var text = Decode(name, path);
                var full = path + "/" + text;
                var kind = entry[TypeOffset] switch
                {
                    FolderType => EntryKind.Folder,
                    FileType => EntryKind.File,
                    UnknownType => LinuxFileStatus.Of(full)?.Kind ?? EntryKind.Other,
                    _ => EntryKind.Other,
                };
                visit(full, kind);
                if (kind == EntryKind.Folder)
                {
                    folders.Add(text);
                }
            }

            foreach (var name in folders)
            {
                var inner = openat(dirfd(stream), name, FolderFlags);
                if (inner < 0)
                {
                    throw new IOException($"Cannot open '{path}/{name}' (errno {Marshal.GetLastPInvokeError()}).");
                }

                WalkOpen(inner, path + "/" + name, visit);
            }
        }
        finally
        {
            closedir(stream);
        }
    }

    private static string Decode(ReadOnlySpan<byte> name, string folder)
    {
        try
        {
            return StrictUtf8.GetString(name);
        }
        catch (DecoderFallbackException)
        {
            throw new IOException($"'{folder}' holds a name that is not UTF-8.");
        }
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int openat(int directory, string path, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint fdopendir(int handle);

    [LibraryImport("libc")]
    private static partial int dirfd(nint stream);

    [LibraryImport("libc", SetLastError = true)]
    private static partial byte* readdir(nint stream);

    [LibraryImport("libc")]
    private static partial int closedir(nint stream);

    [LibraryImport("libc")]
    private static partial int close(int handle);
}
