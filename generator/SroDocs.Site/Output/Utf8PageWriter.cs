using System.Buffers;
using System.Text;

namespace SroDocs.Site.Output;

/// <summary>
/// A text writer that encodes to UTF-8 into a pooled buffer as it goes, so a page is rendered straight into the bytes
/// that are written, without a string of the whole page in between.
/// </summary>
public sealed class Utf8PageWriter : TextWriter
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(32 * 1024);
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        Ensure(_encoder.GetByteCount(chars, flush: false));
        _length += _encoder.GetBytes(chars, _buffer.AsSpan(_length), flush: false);
    }

    /// <summary>The page's bytes, copied once to their exact size.</summary>
    public byte[] ToArray()
    {
        Ensure(8);
        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
        return _buffer.AsSpan(0, _length).ToArray();
    }

    protected override void Dispose(bool disposing)
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        base.Dispose(disposing);
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
