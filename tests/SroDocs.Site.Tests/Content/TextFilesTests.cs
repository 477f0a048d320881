using System.Text;
using CsCheck;
using SroDocs.Site.Content;
using SroDocs.Site.FrontMatter;

namespace SroDocs.Site.Tests.Content;

public sealed class TextFilesTests
{
    [Theory]
    [InlineData("kurz\n", 100, "kurz\n")]
    [InlineData("eins\nzwei\ndrei\n", 12, "eins\nzwei\n")]
    [InlineData("eins\nzwei\n", 4, "")]
    [InlineData("Größe\nMaß\n", 9, "Größe\n")]
    public void Beginning_EndsAfterALineEnd(string text, int limit, string expected) =>
        Encoding.UTF8.GetString(TextFiles.Beginning(Encoding.UTF8.GetBytes(text), limit)).ShouldBe(expected);

    /// <summary>
    /// Front matter found in the beginning of a page is the front matter of the whole page, for random pages (fences,
    /// "..." ends, lines that only start like a fence, CR LF, a byte order mark, umlauts) and any limit.
    /// </summary>
    [Fact]
    public void FrontMatterInTheBeginning_IsTheWholePagesFrontMatter()
    {
        var line = Gen.OneOf("---", "...", "----", "--- ", "titel: \"Größe\"", "stand: 2026-01-01", "", "Text mit ß", "---x");
        var page = Gen.Select(line.Array[0, 8], Gen.Bool, Gen.Bool, Gen.Bool, (lines, crlf, bom, endsWithNewline) =>
            (bom ? "\uFEFF" : "") + string.Join(crlf ? "\r\n" : "\n", lines) + (endsWithNewline ? "\n" : ""));
        Gen.Select(page, Gen.Int[1, 80]).Sample(
            sample =>
            {
                var bytes = Encoding.UTF8.GetBytes(sample.Item1);
                var fromBeginning = FrontMatterSplitter.Split(TextFiles.Decode(TextFiles.Beginning(bytes, sample.Item2)));
                return fromBeginning is null || fromBeginning == FrontMatterSplitter.Split(TextFiles.Decode(bytes));
            },
            iter: 3000,
            print: sample => $"{sample.Item2}: {sample.Item1.Replace("\n", "\\n").Replace("\r", "\\r")}");
    }
}
