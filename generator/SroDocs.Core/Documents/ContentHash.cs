using System.Security.Cryptography;
using System.Text;

namespace SroDocs.Core.Documents;

/// <summary>Short, stable hashes of document inputs.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>One hash of several parts, each kept apart from the next (so "ab"+"c" differs from "a"+"bc").</summary>
    public static string Of(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
