using SroDocs.Core.Pipelines;
using static SroDocs.Core.Tests.Pipelines.TestSteps;

namespace SroDocs.Core.Tests.Pipelines;

public sealed class StepListTests
{
    private static string[] Names(StepList list) => [.. list.Select(s => s.Name)];

    [Fact]
    public void InsertBefore_AndAfter_PlaceAStepByTheTypeOfAnother()
    {
        // Given
        var list = new StepList { new Upper(), new CountAll() };

        // When
        list.InsertBefore<CountAll>(new Emit("x"));
        list.InsertAfter<Upper>(new FailOn("y"));

        // Then
        Names(list).ShouldBe(["Upper", "FailOn", "Emit", "CountAll"]);
    }

    [Fact]
    public void Add_OfATypeAlreadyThere_DoesNothing_AndReplaceSwapsIt()
    {
        // Given
        var list = new StepList { new Upper() };

        // When
        list.Add(new Upper());
        list.Replace<Upper>(new CountAll());

        // Then
        Names(list).ShouldBe(["CountAll"]);
        list.Remove<CountAll>().ShouldBeTrue();
        list.Count.ShouldBe(0);
    }

    [Fact]
    public void InsertBefore_AMissingType_Throws()
    {
        var list = new StepList();
        Should.Throw<InvalidOperationException>(() => list.InsertBefore<Upper>(new CountAll())).Message.ShouldContain("Upper");
    }
}
