namespace SroDocs.Core.IO;

/// <summary>
/// A subfolder of another build's staging as an output: what a build writes here lands below <paramref name="prefix"/>
/// in <paramref name="parent"/>, and committing is left to the parent's owner, who commits all builds at once or none.
/// </summary>
public sealed class NestedOutput(IOutputStaging parent, string prefix, string display) : IOutputTarget
{
    public string Display { get; } = display;

    public IOutputStaging BeginStaging() => new Staging(parent, prefix);

    private sealed class Staging(IOutputStaging parent, string prefix) : IOutputStaging
    {
        /// <summary>Ends the parent's writes too: a tool working on files runs once all builds are written.</summary>
        public string? FinishWrites() => parent.FinishWrites() is { } folder ? Path.Combine(folder, prefix.TrimEnd('/')) : null;

        public void Write(string path, ReadOnlySpan<byte> bytes) => parent.Write(prefix + path, bytes);

        public void Commit()
        {
        }

        public void Dispose()
        {
        }
    }
}
