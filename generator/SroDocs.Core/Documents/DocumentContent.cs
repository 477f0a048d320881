using System.Buffers;
using SroDocs.Core.IO;

namespace SroDocs.Core.Documents;

/// <summary>What a document holds. Large content is read only when needed and released once it is staged.</summary>
public abstract record DocumentContent
{
    public static readonly DocumentContent Empty = new TextContent("");
}

/// <summary>Text in memory (Markdown, then HTML).</summary>
public sealed record TextContent(string Text) : DocumentContent;

/// <summary>Bytes in memory.</summary>
public sealed record BinaryContent(byte[] Bytes) : DocumentContent;

/// <summary>
/// Bytes in a buffer lent by <see cref="ArrayPool{T}.Shared"/> for as long as it takes to write them (a rendered page):
/// the output gives the buffer back once it has written them, so pages are not copied once more to their exact size.
/// Whoever keeps the document longer (the memo of a preview) keeps <see cref="ToOwned"/> instead.
/// </summary>
public sealed record LentBytes(byte[] Buffer, int Length) : DocumentContent
{
    public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(0, Length);

    /// <summary>The same bytes in an array of their own.</summary>
    public BinaryContent ToOwned() => new(Bytes.ToArray());

    /// <summary>Returns the buffer to the pool; the bytes are not to be read afterwards.</summary>
    public void GiveBack() => ArrayPool<byte>.Shared.Return(Buffer);
}

/// <summary>A file of a content source that is read when needed (copied assets, large pages).</summary>
public sealed record SourceFileContent(IContentSource Source, string Path) : DocumentContent
{
    /// <summary>The hash of the bytes when they were first read, to notice a file that changes during the build; null when they were not read.</summary>
    public string? ReadHash { get; init; }
}

/// <summary>The content was handed to the output and is no longer held in memory.</summary>
public sealed record StagedContent(long Length) : DocumentContent;
