using SroDocs.Core.Pipelines;

namespace SroDocs.Cli.Reporting;

/// <summary>Prints how long each phase and step took (<c>--zeitmessung</c>).</summary>
public static class TimingPrinter
{
    public static void Print(TextWriter output, RunReport report)
    {
        output.WriteLine("Phase   Pipeline   Schritt                    Dauer");
        foreach (var step in report.Steps)
        {
            var note = step.Chained ? "  (Summe über alle Dokumente und Kerne)" : "";
            output.WriteLine($"{step.Phase,-7} {step.Pipeline,-10} {step.Step,-24} {step.Elapsed.TotalMilliseconds,8:0} ms{note}");
        }

        foreach (var phase in report.Phases)
        {
            output.WriteLine($"Phase {phase.Phase,-7} insgesamt {phase.Elapsed.TotalMilliseconds,8:0} ms");
        }

        output.WriteLine($"Speicherbereinigung: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} Läufe (Generation 0/1/2), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms Pause, {GC.GetTotalAllocatedBytes() / 1048576} MiB angelegt, höchstens {Environment.WorkingSet / 1048576} MiB belegt");
    }
}
