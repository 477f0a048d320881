using System.Buffers;
using System.Text;

namespace SroDocs.Site.Content;

/// <summary>Reading authors' text files: UTF-8, without byte order mark, with '\n' line ends.</summary>
public static class TextFiles
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n");

    /// <summary>
    /// The first whole lines of a text, up to <paramref name="limit"/> bytes (all of it when it is shorter): cut after a
    /// line end, so no character and no line is cut in two.
    /// </summary>
    public static ReadOnlySpan<byte> Beginning(byte[] bytes, int limit) =>
        bytes.Length <= limit ? bytes : bytes.AsSpan(0, bytes.AsSpan(0, limit).LastIndexOf((byte)'\n') + 1);

    /// <summary>
    /// Why <paramref name="bytes"/> cannot be read as an author's text, or null when it can: a binary file (a NUL byte
    /// in the first 8 KB), UTF-16 (its byte order mark), the first byte sequence that is not UTF-8, or the first
    /// control character other than tab and line ends.
    /// </summary>
    public static TextFault? FindFault(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return new TextFault(TextFaultKind.Utf16, 1, 1);
        }

        var first = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (first.IndexOf((byte)0) is var nul and >= 0)
        {
            return new TextFault(TextFaultKind.Binary, 1 + first[..nul].Count((byte)'\n'), 1);
        }

        try
        {
            Strict.GetCharCount(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            var end = exception.Index < 0 ? bytes.Length : Math.Min(exception.Index, bytes.Length);
            var before = bytes.AsSpan(0, end);
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            return new TextFault(TextFaultKind.NotUtf8, 1 + before.Count((byte)'\n'), 1 + Encoding.UTF8.GetCharCount(before[lineStart..]));
        }

        // Control characters are single bytes in UTF-8 (C1 controls aside), so the byte search finds every one that matters.
        var control = bytes.AsSpan().IndexOfAny(ControlBytes);
        if (control < 0)
        {
            return null;
        }

        var head = bytes.AsSpan(0, control);
        var start = head.LastIndexOf((byte)'\n') + 1;
        return new TextFault(TextFaultKind.ControlCharacter, 1 + head.Count((byte)'\n'), 1 + Encoding.UTF8.GetCharCount(head[start..]), (char)bytes[control]);
    }

    /// <summary>The first control character of <paramref name="text"/> other than tab, line feed and carriage return, or null.</summary>
    public static char? FirstControlCharacter(string text)
    {
        var i = text.AsSpan().IndexOfAny(ControlChars);
        return i < 0 ? null : text[i];
    }

    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create([.. Enumerable.Range(0, 32).Where(b => b is not ('\t' or '\n' or '\r')).Select(b => (byte)b), 0x7F]);

    private static readonly SearchValues<char> ControlChars = SearchValues.Create([.. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), '\u007F', .. Enumerable.Range(0x80, 32).Select(c => (char)c)]);
}

public enum TextFaultKind
{
    /// <summary>Not text at all (an image, an office document) under a text file's name.</summary>
    Binary,

    /// <summary>Text saved as UTF-16, as some Windows editors do.</summary>
    Utf16,

    /// <summary>Text in another encoding (e.g. Windows-1252), or a damaged UTF-8 file.</summary>
    NotUtf8,

    /// <summary>An invisible control character (from a copy and paste, usually) that no page or feed can hold.</summary>
    ControlCharacter,
}

/// <summary>What is wrong with a text file and where it first shows; <paramref name="Character"/> names a control character.</summary>
public sealed record TextFault(TextFaultKind Kind, int Line, int Column, char? Character = null);
