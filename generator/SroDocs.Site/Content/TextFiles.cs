using System.Text;

namespace SroDocs.Site.Content;

/// <summary>Reading authors' text files: UTF-8, without byte order mark, with '\n' line ends.</summary>
public static class TextFiles
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n");

    /// <summary>The one-based line of the first byte sequence that is not UTF-8, or null when the file is valid.</summary>
    public static int? FirstInvalidUtf8Line(byte[] bytes)
    {
        try
        {
            Strict.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException exception)
        {
            var end = exception.Index < 0 ? bytes.Length : Math.Min(exception.Index, bytes.Length);
            return 1 + bytes.AsSpan(0, end).Count((byte)'\n');
        }
    }
}
