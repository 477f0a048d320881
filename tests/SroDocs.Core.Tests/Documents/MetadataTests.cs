using SroDocs.Core.Documents;

namespace SroDocs.Core.Tests.Documents;

public sealed class MetadataTests
{
    private static readonly DataKey<string> Title = new("title");
    private static readonly DataKey<int> Weight = new("weight");

    [Fact]
    public void With_ReturnsNewBag_AndLeavesOriginalUnchanged()
    {
        // Given
        var original = Metadata.Empty.With(Title, "A");

        // When
        var changed = original.With(Title, "B").With(Weight, 3);

        // Then
        original.Get(Title).ShouldBe("A");
        original.Contains(Weight).ShouldBeFalse();
        changed.Get(Title).ShouldBe("B");
        changed.Get(Weight).ShouldBe(3);
    }

    [Fact]
    public void Get_MissingKey_Throws_AndGetOrDefaultFallsBack()
    {
        // Given
        var metadata = Metadata.Empty;

        // When / Then
        Should.Throw<KeyNotFoundException>(() => metadata.Get(Title)).Message.ShouldContain("title");
        metadata.GetOrDefault(Weight, 7).ShouldBe(7);
    }

    [Fact]
    public void Document_With_CopiesInsteadOfMutating()
    {
        // Given
        var document = new Document(new FileSource("a.md", "content/a.md"), Destination.None, new TextContent("text"), Metadata.Empty) { InputHash = "h" };

        // When
        var changed = document.With(Title, "T").WithText("other");

        // Then
        document.Metadata.Contains(Title).ShouldBeFalse();
        document.Text.ShouldBe("text");
        changed.Get(Title).ShouldBe("T");
        changed.Text.ShouldBe("other");
    }

    [Fact]
    public void Document_Text_OfStagedContent_IsAMisuse()
    {
        var document = new Document(new GeneratedSource("x"), Destination.File("x.html"), new StagedContent(3), Metadata.Empty) { InputHash = "h" };
        Should.Throw<InvalidOperationException>(() => document.Text);
    }

    [Fact]
    public void ContentHash_IsStableAndSensitive()
    {
        ContentHash.Of("abc").ShouldBe(ContentHash.Of("abc"));
        ContentHash.Of("abc").ShouldNotBe(ContentHash.Of("abd"));
        ContentHash.Of("abc").Length.ShouldBe(16);
    }
}
