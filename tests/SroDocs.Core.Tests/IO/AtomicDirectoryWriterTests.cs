using System.Text;
using SroDocs.Core.IO;

namespace SroDocs.Core.Tests.IO;

public sealed class AtomicDirectoryWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("srodocs-writer-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Target => Path.Combine(_root, "_site");

    private static void Write(IOutputStaging staging, string path, string text) => staging.Write(path, Encoding.UTF8.GetBytes(text));

    /// <summary>The visible entries next to the output: staging folders and the lock file start with '.'.</summary>
    private string[] Folders() => [.. Directory.GetDirectories(_root).Select(Path.GetFileName).Order()!];

    [Fact]
    public void Commit_ReplacesTheWholeTarget_AndLeavesNothingNextToIt()
    {
        // Given
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "alt.html"), "alt");

        // When
        using (var writer = new AtomicDirectoryWriter(Target))
        {
            Write(writer, "a/index.html", "neu");
            writer.Commit();
        }

        // Then
        File.ReadAllText(Path.Combine(Target, "a", "index.html")).ShouldBe("neu");
        File.Exists(Path.Combine(Target, "alt.html")).ShouldBeFalse();
        Folders().ShouldBe(["_site"]);
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesTargetExactlyAsItWas()
    {
        // Given
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "index.html"), "bisher");

        // When
        using (var writer = new AtomicDirectoryWriter(Target))
        {
            Write(writer, "index.html", "halb");
        }

        // Then
        File.ReadAllText(Path.Combine(Target, "index.html")).ShouldBe("bisher");
        Folders().ShouldBe(["_site"]);
    }

    [Theory]
    [InlineData("../ausserhalb.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../x")]
    public void Write_OutsideTheOutputFolder_IsRefused(string path)
    {
        using var writer = new AtomicDirectoryWriter(Target);
        Should.Throw<ArgumentException>(() => Write(writer, path, "x"));
    }

    [Fact]
    public void Begin_RemovesStagingFoldersThatAnInterruptedBuildLeftBehind()
    {
        // Given: what a killed build leaves next to the output
        Directory.CreateDirectory(Path.Combine(_root, "._site" + AtomicDirectoryWriter.NameMarker + "neu-abc", "x"));
        Directory.CreateDirectory(Path.Combine(_root, "._site" + AtomicDirectoryWriter.NameMarker + "alt-def"));
        Directory.CreateDirectory(Path.Combine(_root, "andere"));

        // When
        using (var writer = new AtomicDirectoryWriter(Target))
        {
            Write(writer, "index.html", "neu");
            writer.Commit();
        }

        // Then
        Folders().ShouldBe(["_site", "andere"]);
    }

    [Fact]
    public void ASecondWriter_OnTheSameTarget_IsRefusedWhileTheFirstStages()
    {
        // Given
        using var first = new AtomicDirectoryWriter(Target);

        // When / Then
        Should.Throw<IOException>(() => new AtomicDirectoryWriter(Target));
    }

    [Fact]
    public void Commit_OverAnExistingTarget_KeepsItsInodeNameInPlace()
    {
        // Given: an old site, and a reader holding one of its folders open by path
        Directory.CreateDirectory(Path.Combine(Target, "seite"));
        File.WriteAllText(Path.Combine(Target, "seite", "index.html"), "alt");

        // When
        using (var writer = new AtomicDirectoryWriter(Target))
        {
            Write(writer, "seite/index.html", "neu");
            writer.Commit();
        }

        // Then: the target name never went missing, so it now simply shows the new content
        File.ReadAllText(Path.Combine(Target, "seite", "index.html")).ShouldBe("neu");
    }
}
