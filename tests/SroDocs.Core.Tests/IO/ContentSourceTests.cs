using System.Text;
using SroDocs.Core.IO;

namespace SroDocs.Core.Tests.IO;

public sealed class ContentSourceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("srodocs-source-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    private static MemoryContentSource Memory(params (string Path, string Text)[] files) =>
        MemoryContentSource.FromText(files.Select(f => KeyValuePair.Create(f.Path, f.Text)), "speicher/");

    [Fact]
    public void MemorySource_ListsSortedFilesOfAFolder_AndReadsThem()
    {
        // Given
        var source = Memory(("b.md", "B"), ("a/x.md", "X"), ("a/y.md", "Y"));

        // When
        var listing = source.List("a");

        // Then
        listing.Files.ShouldBe(["x.md", "y.md"]);
        Encoding.UTF8.GetString(source.ReadAllBytes("b.md")).ShouldBe("B");
        source.DisplayPath("a/x.md").ShouldBe("speicher/a/x.md");
        Should.Throw<FileNotFoundException>(() => source.ReadAllBytes("fehlt.md"));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/x")]
    [InlineData("a//b")]
    public void MemorySource_RefusesPathsThatCouldLeaveItsRoot(string path) =>
        Should.Throw<ArgumentException>(() => Memory((path, "x")));

    [Fact]
    public void Overlay_PrefersTheUpperSource_AndListsBoth()
    {
        // Given
        var theme = Memory(("layouts/seite.hbs", "theme"), ("layouts/baseof.hbs", "base"));
        var site = Memory(("layouts/seite.hbs", "site"));

        // When
        var overlay = new OverlaySource(theme, site);

        // Then
        overlay.List("layouts").Files.ShouldBe(["baseof.hbs", "seite.hbs"]);
        Encoding.UTF8.GetString(overlay.ReadAllBytes("layouts/seite.hbs")).ShouldBe("site");
        Encoding.UTF8.GetString(overlay.ReadAllBytes("layouts/baseof.hbs")).ShouldBe("base");
    }

    [Fact]
    public void Subfolder_IsASourceOfItsOwn()
    {
        var content = Memory(("_theme/layouts/seite.hbs", "x"), ("seite.md", "y"));
        var theme = new SubfolderSource(content, "_theme");
        theme.List().Files.ShouldBe(["layouts/seite.hbs"]);
        theme.Contains("layouts/seite.hbs").ShouldBeTrue();
        theme.DisplayPath("layouts/seite.hbs").ShouldBe("speicher/_theme/layouts/seite.hbs");
    }

    [Fact]
    public void PhysicalSource_DoesNotFollowLinks_AndCannotReadWhatItDoesNotList()
    {
        // Given: a file, a link to a secret outside, a link inside, and a link loop
        var content = Folder("content");
        var outside = Path.Combine(Folder("aussen"), "geheim.txt");
        File.WriteAllText(outside, "geheim");
        File.WriteAllText(Path.Combine(content, "seite.md"), "seite");
        File.CreateSymbolicLink(Path.Combine(content, "bild.png"), outside);
        File.CreateSymbolicLink(Path.Combine(content, "kopie.md"), Path.Combine(content, "seite.md"));
        Directory.CreateSymbolicLink(Path.Combine(content, "schleife"), content);

        // When
        var source = new PhysicalContentSource(content, _root);
        var listing = source.List();

        // Then
        listing.Files.ShouldBe(["seite.md"]);
        listing.Skipped.Select(s => (s.Path, s.Reason)).ShouldBe([
            ("bild.png", SkipReason.LinkLeavesRoot),
            ("kopie.md", SkipReason.LinkInsideRoot),
            ("schleife", SkipReason.LinkLoops),
        ]);
        Should.Throw<FileNotFoundException>(() => source.ReadAllBytes("bild.png"));
        source.DisplayPath("seite.md").ShouldBe("content/seite.md");
    }
}
