using CsCheck;
using SroDocs.Site.Output;

namespace SroDocs.Site.Tests.Output;

public sealed class AbsoluteUrlsTests
{
    private static readonly string[] Bases =
        ["https://sro.example.org/", "https://sro.example.org", "https://SRO.Example.org/rostock/", "https://sro.example.org/rostock", "https://sro.example.org/?q=/", "https://sro.example.org/#/", "http://sro.example.org:8080/a/b/"];

    /// <summary>
    /// Addresses built from random base addresses, prefixes and paths (with dots, umlauts, spaces, percent signs,
    /// doubled slashes, colons, queries): whether joined directly or parsed, they are what <see cref="Uri"/> makes of them.
    /// </summary>
    [Fact]
    public void Of_GivesWhatUriGives_ForAnyPath()
    {
        var segment = Gen.Frequency<string>(
            (6, Gen.String[Gen.Char["abcz09-_~"], 1, 6]),
            (1, Gen.OneOf(".", "..", "ä", "a b", "%41", "", "x:y", "?q", "#f", "index.html", ".well-known", "A")));
        var path = Gen.Select(segment.Array[0, 5], Gen.Bool, Gen.Bool, (parts, leading, trailing) => (leading ? "/" : "") + string.Join('/', parts) + (trailing ? "/" : ""));
        Gen.Select(Gen.OneOf(Bases), Gen.OneOf("", "/", "/fassungen/2025-1/", "rostock", "ä/"), path).Sample(
            sample =>
            {
                var (baseUrl, prefix, siteUrl) = sample;
                var trimmedPrefix = prefix.Trim('/');
                var expected = Outcome(() => new Uri(new Uri(baseUrl), trimmedPrefix.Length > 0 ? trimmedPrefix + "/" + siteUrl.TrimStart('/') : siteUrl.TrimStart('/')).AbsoluteUri);
                return Outcome(() => new AbsoluteUrls(new Uri(baseUrl), prefix).Of(siteUrl)) == expected;
            },
            iter: 2000,
            print: sample => $"{sample.Item1} + {sample.Item2} + {sample.Item3}");
    }

    /// <summary>The address, or the kind of error (a path <see cref="Uri"/> refuses is refused either way).</summary>
    private static string Outcome(Func<string> address)
    {
        try
        {
            return address();
        }
        catch (UriFormatException exception)
        {
            return "refused: " + exception.Message;
        }
    }

    [Theory]
    [InlineData("https://sro.example.org/", "", "/bausteine/alpha/", "https://sro.example.org/bausteine/alpha/")]
    [InlineData("https://sro.example.org/rostock", "", "/bausteine/", "https://sro.example.org/bausteine/")]
    [InlineData("https://sro.example.org/", "/fassungen/2025-1/", "/glossar/", "https://sro.example.org/fassungen/2025-1/glossar/")]
    [InlineData("https://sro.example.org/", "", "/a/../b/", "https://sro.example.org/b/")]
    [InlineData("https://sro.example.org/", "", "/größe/", "https://sro.example.org/gr%C3%B6%C3%9Fe/")]
    public void Of_JoinsBaseAddressPrefixAndPath(string baseUrl, string prefix, string siteUrl, string expected) =>
        new AbsoluteUrls(new Uri(baseUrl), prefix).Of(siteUrl).ShouldBe(expected);
}
