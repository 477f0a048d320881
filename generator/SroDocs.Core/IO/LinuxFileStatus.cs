using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SroDocs.Core.IO;

/// <summary>
/// Linux's <c>statx</c>, read without following a link: what kind of entry a path or an open file is, how many names
/// its file has and how long it is. Its record has the same layout on every architecture, unlike <c>stat</c>'s.
/// </summary>
internal static unsafe partial class LinuxFileStatus
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100, AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1, StatxMode = 0x2, StatxLinks = 0x4, StatxSize = 0x200;
    private const int RecordSize = 256, LinksOffset = 16, ModeOffset = 28, SizeOffset = 40;
    private const ushort TypeMask = 0xF000, RegularFile = 0x8000, Directory = 0x4000;

    /// <summary>The entry at a path (a link itself, not where it leads); null when it cannot be read (then it is treated as neither file nor folder).</summary>
    public static FileStatus? Of(string path) => Read(AtCurrentDirectory, path, AtSymlinkNoFollow);

    /// <summary>The file an open handle refers to; null when it cannot be read.</summary>
    public static FileStatus? Of(SafeFileHandle handle)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return Read((int)handle.DangerousGetHandle(), "", AtEmptyPath);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private static FileStatus? Read(int directory, string path, int flags)
    {
        var record = stackalloc byte[RecordSize];
        try
        {
            if (statx(directory, path, flags, StatxType | StatxMode | StatxLinks | StatxSize, record) != 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null; // a C library without statx (older musl): nothing is overwritten, every file is made anew
        }

        var kind = (*(ushort*)(record + ModeOffset) & TypeMask) switch
        {
            RegularFile => EntryKind.File,
            Directory => EntryKind.Folder,
            _ => EntryKind.Other,
        };
        return new FileStatus(kind, *(uint*)(record + LinksOffset), *(long*)(record + SizeOffset));
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int directory, string path, int flags, uint mask, byte* record);
}

/// <param name="Links">How many names (hard links) the file has.</param>
internal readonly record struct FileStatus(EntryKind Kind, uint Links, long Length);

internal enum EntryKind
{
    File,
    Folder,

    /// <summary>A link, device, pipe or socket.</summary>
    Other,
}
