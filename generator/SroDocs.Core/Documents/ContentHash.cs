using System.Security.Cryptography;
using System.Text;

namespace SroDocs.Core.Documents;

/// <summary>Short, stable hashes of document inputs.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
