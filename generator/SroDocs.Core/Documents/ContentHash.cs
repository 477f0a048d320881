using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace SroDocs.Core.Documents;

/// <summary>Short, stable hashes of document inputs: the first 8 bytes of a SHA-256, as 16 lower-case hex digits.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>One hash of several parts, each kept apart from the next (so "ab"+"c" differs from "a"+"bc").</summary>
    public static string Of(IEnumerable<string> parts)
    {
        // The parts' UTF-8 bytes, each followed by a zero byte, hashed at once (one call, no hashing object per hash).
        var buffer = ArrayPool<byte>.Shared.Rent(1024);
        var length = 0;
        try
        {
            foreach (var part in parts)
            {
                var needed = length + Encoding.UTF8.GetMaxByteCount(part.Length) + 1;
                if (needed > buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                length += Encoding.UTF8.GetBytes(part, buffer.AsSpan(length));
                buffer[length++] = 0;
            }

            return Of(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
