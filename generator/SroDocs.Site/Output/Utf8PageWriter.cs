using System.Buffers;
using System.Text;
using SroDocs.Core.Documents;

namespace SroDocs.Site.Output;

/// <summary>
/// A text writer that encodes to UTF-8 into a pooled buffer as it goes, so a page is rendered straight into the bytes
/// that are written, without a string of the whole page in between. Small writes (Markdig writes single characters
/// often) are gathered first and encoded together.
/// </summary>
public sealed class Utf8PageWriter : TextWriter
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly char[] _pending = ArrayPool<char>.Shared.Rent(4096);
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(32 * 1024);
    private int _pendingLength;
    private bool _disposed;
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (_pendingLength == _pending.Length)
        {
            Flush(final: false);
        }

        _pending[_pendingLength++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (chars.Length <= _pending.Length - _pendingLength)
        {
            chars.CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += chars.Length;
            return;
        }

        Flush(final: false);
        Encode(chars, final: false);
    }

    /// <summary>Text already encoded as UTF-8 (a template's fixed text): copied as it is, after what is pending.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        Flush(final: true);
        EnsureCapacity(_length + utf8.Length);
        utf8.CopyTo(_bytes.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary>Forgets everything written so far: the page is written again from its start.</summary>
    public void Restart()
    {
        _pendingLength = 0;
        _length = 0;
        _encoder.Reset();
    }

    /// <summary>
    /// The page's bytes with the site's content security policy inserted into its head, in the writer's own buffer,
    /// which goes with them (<see cref="LentBytes.GiveBack"/>); nothing more can be written.
    /// </summary>
    public LentBytes LendWithPolicy()
    {
        Flush(final: true);
        var meta = ContentSecurityPolicy.Meta;
        EnsureCapacity(_length + meta.Length);
        var at = ContentSecurityPolicy.InsertionPoint(_bytes.AsSpan(0, _length));
        _bytes.AsSpan(at, _length - at).CopyTo(_bytes.AsSpan(at + meta.Length));
        meta.CopyTo(_bytes.AsSpan(at));
        var lent = new LentBytes(_bytes, _length + meta.Length);
        _bytes = [];
        _length = 0;
        return lent;
    }

    protected override void Dispose(bool disposing)
    {
        if (!_disposed)
        {
            _disposed = true;
            if (_bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
            }

            ArrayPool<char>.Shared.Return(_pending);
            _bytes = [];
        }

        base.Dispose(disposing);
    }

    private void Flush(bool final)
    {
        Encode(_pending.AsSpan(0, _pendingLength), final);
        _pendingLength = 0;
    }

    private void Encode(ReadOnlySpan<char> chars, bool final)
    {
        EnsureCapacity(_length + _encoder.GetByteCount(chars, flush: final));
        _length += _encoder.GetBytes(chars, _bytes.AsSpan(_length), flush: final);
    }

    private void EnsureCapacity(int length)
    {
        if (length > _bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, length));
            _bytes.AsSpan(0, _length).CopyTo(larger);
            if (_bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
            }

            _bytes = larger;
        }
    }
}
