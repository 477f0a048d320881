using System.Text;
using SroDocs.Core.IO;

namespace SroDocs.Core.Tests.IO;

public sealed class AtomicDirectoryWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("srodocs-writer-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // .NET cannot delete a name that is not UTF-8 (one test makes one); rm can.
            using var rm = System.Diagnostics.Process.Start("rm", ["-rf", _root])!;
            rm.WaitForExit();
        }
    }

    private string Target => Path.Combine(_root, "_site");

    private static void Write(IOutputStaging staging, string path, string text) => staging.Write(path, Encoding.UTF8.GetBytes(text));

    /// <summary>The visible entries next to the output: staging folders and the lock file start with '.'.</summary>
    private string[] Folders() => [.. Directory.GetDirectories(_root).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private string Previous => Path.Combine(_root, "._site" + AtomicDirectoryWriter.NameMarker + "vorige");

    /// <summary>One build: writes the files (path, text) and commits.</summary>
    private void Build(params (string Path, string Text)[] files)
    {
        using var writer = new AtomicDirectoryWriter(Target);
        foreach (var (path, text) in files)
        {
            Write(writer, path, text);
        }

        writer.Commit();
    }

    /// <summary>Every file of a folder tree, by relative path, with its text.</summary>
    private static Dictionary<string, string> FilesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    [Fact]
    public void Commit_ReplacesTheWholeTarget_AndKeepsOnlyThePreviousSiteNextToIt()
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
        Folders().ShouldBe(["._site" + AtomicDirectoryWriter.NameMarker + "vorige", "_site"]);
        FilesOf(Previous).ShouldBe(new Dictionary<string, string> { ["alt.html"] = "alt" });
    }

    [Fact]
    public void ABuild_WritesIntoTheSiteBeforeTheCurrentOne_AndHoldsExactlyItsOwnFiles()
    {
        // Given: a first site, one of whose files a reader keeps open, and a second one
        Build(("a/index.html", "eins"), ("weg/index.html", "eins"), ("weg/tief/index.html", "eins"), ("nur-eins.txt", "eins"));
        using var reader = new FileStream(Path.Combine(Target, "a", "index.html"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Build(("a/index.html", "zwei"), ("b/index.html", "zwei"));

        // When: the third build stages in the first site
        Build(("a/index.html", "drei, länger als zuvor"), ("c/d/index.html", "drei"), ("nur-eins.txt", "drei"));

        // Then: it holds exactly its own files, the second site is kept, and the first one's file was overwritten in place
        FilesOf(Target).ShouldBe(new Dictionary<string, string> { ["a/index.html"] = "drei, länger als zuvor", ["c/d/index.html"] = "drei", ["nur-eins.txt"] = "drei" }, ignoreOrder: true);
        Directory.GetDirectories(Target).Select(Path.GetFileName).Order().ShouldBe(["a", "c"]);
        FilesOf(Previous).ShouldBe(new Dictionary<string, string> { ["a/index.html"] = "zwei", ["b/index.html"] = "zwei" }, ignoreOrder: true);
        new StreamReader(reader).ReadToEnd().ShouldBe("drei, länger als zuvor");
    }

    [Fact]
    public void AFileWithAFurtherName_InTheSiteBeforeTheCurrentOne_IsReplaced_NotOverwritten()
    {
        // Given: a copy of the first site made with hard links (as a backup might be), then a second site
        Build(("a/index.html", "eins"));
        var backup = Path.Combine(_root, "sicherung.html");
        MakeHardLink(Path.Combine(Target, "a", "index.html"), backup);
        Build(("a/index.html", "zwei"));

        // When
        Build(("a/index.html", "drei"));

        // Then
        File.ReadAllText(backup).ShouldBe("eins");
        File.ReadAllText(Path.Combine(Target, "a", "index.html")).ShouldBe("drei");
    }

    /// <summary>A build as with the search index: pages written, then a tool works on the finished folder.</summary>
    /// <returns>The pages the tool found there.</returns>
    private string[] BuildWithIndexer(params string[] pages)
    {
        using var writer = new AtomicDirectoryWriter(Target);
        foreach (var page in pages)
        {
            Write(writer, page, page);
        }

        var folder = writer.FinishWrites();
        var seen = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToArray();
        Directory.CreateDirectory(Path.Combine(folder, "pagefind"));
        File.WriteAllText(Path.Combine(folder, "pagefind", "pagefind.js"), "Index: " + string.Join(",", seen));
        writer.Commit();
        return seen;
    }

    [Fact]
    public void ATool_WorkingOnTheFinishedFolder_SeesOnlyThisSitesFiles_AndWhatItWritesIsPublished()
    {
        // Given
        BuildWithIndexer("index.html", "alt.html");
        BuildWithIndexer("index.html");

        // When: staged in the first site, which had alt.html and an index of its own
        var seen = BuildWithIndexer("index.html", "neu.html");

        // Then
        seen.ShouldBe(["index.html", "neu.html"]);
        File.ReadAllText(Path.Combine(Target, "pagefind", "pagefind.js")).ShouldBe("Index: index.html,neu.html");
        File.Exists(Path.Combine(Target, "alt.html")).ShouldBeFalse();
    }

    [Fact]
    public void AFinishedStaging_RefusesFurtherWrites()
    {
        using var writer = new AtomicDirectoryWriter(Target);
        writer.FinishWrites();
        Should.Throw<InvalidOperationException>(() => Write(writer, "index.html", "spät"));
    }

    [Fact]
    public void ANameThatIsNotUtf8_InTheSiteBeforeTheCurrentOne_IsNotPublished()
    {
        // Given: a file whose name is not UTF-8 put into the kept previous site
        Build(("index.html", "eins"));
        Build(("index.html", "zwei"));
        using (var sh = System.Diagnostics.Process.Start("sh", ["-c", "printf x > \"$1\"/\"$(printf 'falsch\\377name')\"", "sh", Previous])!)
        {
            sh.WaitForExit();
            sh.ExitCode.ShouldBe(0);
        }

        Directory.GetFiles(Previous).Length.ShouldBe(2);

        // When
        Build(("index.html", "drei"));

        // Then: the build started empty instead
        FilesOf(Target).ShouldBe(new Dictionary<string, string> { ["index.html"] = "drei" });
    }

    /// <summary>A second name for a file, with the system's <c>ln</c> (.NET has no call for it).</summary>
    private static void MakeHardLink(string file, string name)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [file, name])!;
        ln.WaitForExit();
        ln.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Links_InTheSiteBeforeTheCurrentOne_AreRemoved_NotFollowed()
    {
        // Given: links put into the kept previous site, to a file and a folder outside it
        var outside = Path.Combine(_root, "aussen");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "index.html"), "fremd");
        Build(("a/index.html", "eins"), ("b/index.html", "eins"));
        Build(("a/index.html", "zwei"), ("b/index.html", "zwei"));
        File.Delete(Path.Combine(Previous, "a", "index.html"));
        File.CreateSymbolicLink(Path.Combine(Previous, "a", "index.html"), Path.Combine(outside, "index.html"));
        Directory.Delete(Path.Combine(Previous, "b"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Previous, "b"), outside);

        // When
        Build(("a/index.html", "drei"), ("b/index.html", "drei"));

        // Then
        FilesOf(outside).ShouldBe(new Dictionary<string, string> { ["index.html"] = "fremd" });
        FilesOf(Target).ShouldBe(new Dictionary<string, string> { ["a/index.html"] = "drei", ["b/index.html"] = "drei" }, ignoreOrder: true);
        new DirectoryInfo(Path.Combine(Target, "b")).LinkTarget.ShouldBeNull();
        new FileInfo(Path.Combine(Target, "a", "index.html")).LinkTarget.ShouldBeNull();
    }

    [Fact]
    public void AKeptPreviousSite_ThatIsALink_IsRemoved_AndItsTargetLeftAlone()
    {
        // Given
        var outside = Path.Combine(_root, "aussen");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "index.html"), "fremd");
        Directory.CreateSymbolicLink(Previous, outside);
        Build(("index.html", "eins"));

        // When
        Build(("index.html", "zwei"));

        // Then
        FilesOf(outside).ShouldBe(new Dictionary<string, string> { ["index.html"] = "fremd" });
        FilesOf(Target).ShouldBe(new Dictionary<string, string> { ["index.html"] = "zwei" });
        new DirectoryInfo(Previous).LinkTarget.ShouldBeNull();
    }

    [Fact]
    public void FilesAndFolders_ThatTradePlaces_AreWrittenAsTheNewSiteHasThem()
    {
        // Given: a site where 'x' is a file and 'y' a folder, then another one
        Build(("x", "Datei"), ("y/index.html", "Ordner"), ("y/z/index.html", "tief"));
        Build(("anders.html", "zwei"));

        // When: the third build, staged in the first site, has them the other way round
        Build(("x/index.html", "Ordner"), ("x/z/index.html", "tief"), ("y", "Datei"));

        // Then
        FilesOf(Target).ShouldBe(new Dictionary<string, string> { ["x/index.html"] = "Ordner", ["x/z/index.html"] = "tief", ["y"] = "Datei" }, ignoreOrder: true);
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
