using CsCheck;
using SroDocs.Site.Content;

namespace SroDocs.Site.Tests.Content;

public sealed class ContentPathsTests
{
    [Theory]
    [InlineData("bausteine/alpha.md", "beta.md", "bausteine/beta.md")]
    [InlineData("bausteine/alpha.md", "../glossar.md", "glossar.md")]
    [InlineData("bausteine/alpha.md", "./bilder/../bilder/karte.png", "bausteine/bilder/karte.png")]
    [InlineData("bausteine/alpha.md", "gro%C3%9Fe%20karte.png", "bausteine/große karte.png")]
    [InlineData("start.md", "bausteine//alpha.md", "bausteine/alpha.md")]
    [InlineData("start.md", "../geheim.txt", null)]
    [InlineData("a/b/c.md", "../../../x.md", null)]
    [InlineData("a/b/c.md", "../../x.md", "x.md")]
    public void Combine_ResolvesAgainstThePagesFolder(string from, string target, string? expected) =>
        ContentPaths.Combine(from, target).ShouldBe(expected);

    /// <summary>Random pages and targets (dots, empty segments, escapes): the result is the one of joining segment lists.</summary>
    [Fact]
    public void Combine_IsJoiningSegmentLists()
    {
        var segment = Gen.OneOf("a", "bb", "", ".", "..", "c%20d", "ä", "x.md");
        var path = segment.Array[1, 6].Select(parts => string.Join('/', parts));
        Gen.Select(path, path).Sample(
            sample => ContentPaths.Combine(sample.Item1, sample.Item2) == BySegmentLists(sample.Item1, sample.Item2),
            iter: 3000,
            print: sample => $"{sample.Item1} + {sample.Item2}");
    }

    private static string? BySegmentLists(string from, string target)
    {
        var parts = new List<string>(from.Split('/')[..^1]);
        foreach (var segment in Uri.UnescapeDataString(target).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }
}
