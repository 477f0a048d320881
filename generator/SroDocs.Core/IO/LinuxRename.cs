using System.Runtime.InteropServices;

namespace SroDocs.Core.IO;

/// <summary>Linux's <c>renameat2</c> with <c>RENAME_EXCHANGE</c>: swaps two paths atomically.</summary>
internal static partial class LinuxRename
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>True when the two folders were exchanged; false when the file system cannot exchange.</summary>
    public static bool Exchange(string a, string b)
    {
        if (renameat2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        const int notSupported = 95, invalid = 22, noSystemCall = 38;
        return error is notSupported or invalid or noSystemCall
            ? false
            : throw new IOException($"renameat2 failed with errno {error}.");
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
