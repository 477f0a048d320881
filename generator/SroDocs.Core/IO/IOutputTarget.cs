namespace SroDocs.Core.IO;

/// <summary>Where a build's files go. A build stages everything first; only a build without errors commits.</summary>
public interface IOutputTarget
{
    /// <summary>How messages name the target.</summary>
    string Display { get; }

    /// <summary>Starts staging. Disposing the staging without <see cref="IOutputStaging.Commit"/> discards it.</summary>
    IOutputStaging BeginStaging();
}

/// <summary>A build's output in the making: invisible under the target's name until committed.</summary>
public interface IOutputStaging : IDisposable
{
    /// <summary>Writes one file (safe to call from several threads for different paths).</summary>
    void Write(string path, ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Ends the writes and gives the staged files as a folder on disk, for tools that work on files (the search index);
    /// null when staging is not on disk. The folder then holds exactly the files written, and nothing more is written.
    /// </summary>
    string? FinishWrites();

    /// <summary>Makes the staged files the target's content in one step.</summary>
    void Commit();
}
