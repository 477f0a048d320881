using SroDocs.Core.Diagnostics;
using SroDocs.Site.Authoring;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Tests.Authoring;

/// <summary>Entries are added to the text of a YAML list; every other line, comments included, stays as it was.</summary>
public sealed class YamlListTextTests
{
    private static IReadOnlyList<YamlMap> Items(string text, string key) =>
        YamlDocumentReader.Read(new YamlSource("test.yml", text, 0), YamlErrors.Data, new List<Diagnostic>())!.Maps(key);

    [Fact]
    public void Insert_AfterTheLastEntry_KeepsTheTextBefore_AndTheBlankLinesBetweenEntries()
    {
        // Given
        const string text = "# Kommentar\nbegriffe:\n  - id: a\n    definition: |\n      # keine Überschrift des YAML\n      Text.\n\n  - id: b\n    definition: |\n      Zweiter.\n\n      Absatz.\n";

        // When
        var (result, line) = new YamlListText(text).Insert(Items(text, "begriffe"), ["- id: c", "  begriff: C"]);

        // Then
        result.ShouldBe(text + "\n  - id: c\n    begriff: C\n");
        line.ShouldBe(14);
        Items(result, "begriffe").Select(i => i.String("id")).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Insert_IntoANestedList_BeforeTheNextKey_WithoutBlankLines_WhereTheListHasNone()
    {
        // Given
        const string text = "liste:\n  - id: x\n    unter:\n      - id: a\n      - id: b\n        text: >-\n          lang\n    weiter: 1\n\n# danach\nende: 2\n";
        var nested = Items(text, "liste")[0].Maps("unter");

        // When
        var (result, line) = new YamlListText(text).Insert(nested, ["- id: c"]);

        // Then
        result.ShouldBe("liste:\n  - id: x\n    unter:\n      - id: a\n      - id: b\n        text: >-\n          lang\n      - id: c\n    weiter: 1\n\n# danach\nende: 2\n");
        line.ShouldBe(8);
    }

    [Fact]
    public void Insert_BeforeAnEntry_PutsTheNewOneInItsPlace()
    {
        // Given
        const string text = "m:\n  - id: a\n  - id: c\n";
        var items = Items(text, "m");

        // When
        var (result, line) = new YamlListText(text).Insert(items, ["- id: b"], before: items[1]);

        // Then
        result.ShouldBe("m:\n  - id: a\n  - id: b\n  - id: c\n");
        line.ShouldBe(3);
    }

    [Fact]
    public void Insert_KeepsWindowsLineEnds_AndEndsWithALineEnd()
    {
        // Given
        const string text = "m:\r\n  - id: a\r\n    text: eins";

        // When
        var (result, _) = new YamlListText(text).Insert(Items(text, "m"), ["- id: b"]);

        // Then
        result.ShouldBe("m:\r\n  - id: a\r\n    text: eins\r\n  - id: b\r\n");
    }

    [Fact]
    public void DashIndent_IsNull_ForAnEntryNotWrittenAsDashKeyValue()
    {
        // Given
        const string text = "m: [{id: a}]\n";

        // When
        var indent = new YamlListText(text).DashIndent(Items(text, "m")[0]);

        // Then
        indent.ShouldBeNull();
    }
}
