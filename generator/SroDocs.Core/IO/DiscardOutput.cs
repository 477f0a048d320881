namespace SroDocs.Core.IO;

/// <summary>An output that keeps nothing: <c>check</c> renders everything and writes nothing.</summary>
public sealed class DiscardOutput : IOutputTarget
{
    public static readonly DiscardOutput Instance = new();

    private DiscardOutput()
    {
    }

    public string Display => "(keine Ausgabe)";

    public IOutputStaging BeginStaging() => new Staging();

    private sealed class Staging : IOutputStaging
    {
        public string? FinishWrites() => null;

        public void Write(string path, ReadOnlySpan<byte> bytes)
        {
        }

        public void Commit()
        {
        }

        public void Dispose()
        {
        }
    }
}
