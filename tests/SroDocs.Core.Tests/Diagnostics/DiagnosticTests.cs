using SroDocs.Core.Diagnostics;

namespace SroDocs.Core.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void ToString_UsesFileLineColumnAndGermanSeverity()
    {
        // Given
        var diagnostic = new Diagnostic("SRO4001", Severity.Error, "Ziel fehlt.", new SourceLocation("content/a.md", 12, 5));

        // Then
        diagnostic.ToString().ShouldBe("content/a.md:12:5: Fehler SRO4001: Ziel fehlt.");
        (diagnostic with { Severity = Severity.Warning }).ToString().ShouldStartWith("content/a.md:12:5: Warnung");
        new Diagnostic("SRO1001", Severity.Error, "x", null).ToString().ShouldBe("Fehler SRO1001: x");
    }

    [Fact]
    public void Bag_SortsByPathLineColumn_AndRemovesDuplicates()
    {
        // Given
        var bag = new DiagnosticBag();
        var late = new Diagnostic("SRO2", Severity.Warning, "b", new SourceLocation("b.md", 1, 1));
        var early = new Diagnostic("SRO1", Severity.Error, "a", new SourceLocation("a.md", 9, 2));
        var earlier = new Diagnostic("SRO1", Severity.Error, "a", new SourceLocation("a.md", 3, 7));

        // When
        bag.AddRange([late, early, earlier, early]);

        // Then
        bag.ToSortedArray().ShouldBe([earlier, early, late]);
        bag.HasErrors.ShouldBeTrue();
        DiagnosticSummary.Of(bag.ToSortedArray()).ToString().ShouldBe("2 Fehler, 1 Warnung");
    }

    [Fact]
    public void Promoted_TurnsWarningsIntoErrors()
    {
        new Diagnostic("X", Severity.Warning, "m", null).Promoted().Severity.ShouldBe(Severity.Error);
        new Diagnostic("X", Severity.Info, "m", null).Promoted().Severity.ShouldBe(Severity.Info);
    }
}
