using SroDocs.Core.IO;

namespace SroDocs.Core.Tests.IO;

public sealed class AtomicDirectoryWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("srodocs-writer-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Commit_ReplacesTheWholeTarget()
    {
        // Given
        var target = Path.Combine(_root, "_site");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "alt.html"), "alt");

        // When
        using (var writer = new AtomicDirectoryWriter(target))
        {
            writer.WriteText("a/index.html", "neu");
            writer.Commit();
        }

        // Then
        File.ReadAllText(Path.Combine(target, "a", "index.html")).ShouldBe("neu");
        File.Exists(Path.Combine(target, "alt.html")).ShouldBeFalse();
        Directory.GetDirectories(_root).Select(Path.GetFileName).ShouldBe(["_site"]);
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesTargetExactlyAsItWas()
    {
        // Given
        var target = Path.Combine(_root, "_site");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "bisher");

        // When
        using (var writer = new AtomicDirectoryWriter(target))
        {
            writer.WriteText("index.html", "halb");
        }

        // Then
        File.ReadAllText(Path.Combine(target, "index.html")).ShouldBe("bisher");
        Directory.GetDirectories(_root).Select(Path.GetFileName).ShouldBe(["_site"]);
    }

    [Fact]
    public void Write_OutsideTheOutputFolder_IsRefused()
    {
        using var writer = new AtomicDirectoryWriter(Path.Combine(_root, "_site"));
        Should.Throw<ArgumentException>(() => writer.WriteText("../ausserhalb.txt", "x"));
    }
}
