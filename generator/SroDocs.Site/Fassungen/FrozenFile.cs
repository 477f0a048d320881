using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace SroDocs.Site.Fassungen;

/// <summary>A file of a Fassung as it was frozen: its path below the Fassung's content and the SHA-256 of its bytes.</summary>
public sealed record FrozenFile(string Path, string Sha256)
{
    public static FrozenFile Of(string path, byte[] bytes) => new(path, HashOf(bytes));

    /// <summary>The SHA-256 of <paramref name="bytes"/>, as 64 lower-case hex digits.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The root hash over a Fassung's files: the SHA-256 of the lines <c>&lt;sha256&gt;  &lt;path&gt;\n</c>, sorted by path
    /// (ordinal) — the format of <c>sha256sum</c>, so anyone can recompute it without SroDocs.
    /// </summary>
    public static string RootHashOf(IEnumerable<FrozenFile> files)
    {
        var lines = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            lines.Append(file.Sha256).Append("  ").Append(file.Path).Append('\n');
        }

        return HashOf(Encoding.UTF8.GetBytes(lines.ToString()));
    }

    /// <summary>The first 12 hex digits, for places where the whole hash would not fit (it is always shown whole somewhere).</summary>
    public static string Short(string hash) => hash[..Math.Min(12, hash.Length)];

    public static ImmutableArray<FrozenFile> Sorted(IEnumerable<FrozenFile> files) => [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
}
