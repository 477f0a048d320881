using System.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Testing;

namespace SroDocs.Cli.Tests;

/// <summary>
/// Kills the real command-line build with SIGKILL while it writes, at several points of the write phase, and looks at
/// what is left: the output folder is always the complete previous site or the complete new one, byte for byte, and
/// after the next build has finished, no staging folder of an interrupted build is left next to it.
/// </summary>
public sealed class KillDuringWriteTests : IDisposable
{
    private const int Pages = 2500;

    private readonly string _root = Directory.CreateTempSubdirectory("srodocs-kill-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task AKilledBuild_LeavesTheOldOrTheNewSite_AndTheNextBuildLeavesOnlyThePreviousSite()
    {
        // Given: two versions of a site, each built once as a reference
        var contentA = Content("a", "Fassung A");
        var contentB = Content("b", "Fassung B");
        var referenceA = await BuildAsync(contentA, Path.Combine(_root, "referenz-a"));
        var referenceB = await BuildAsync(contentB, Path.Combine(_root, "referenz-b"));
        referenceA.Keys.ShouldBe(referenceB.Keys, ignoreOrder: true);
        referenceA.Values.Zip(referenceB.Values).ShouldContain(pair => !pair.First.SequenceEqual(pair.Second));

        var output = Path.Combine(_root, "site");
        await BuildAsync(contentA, output);
        var killedWhileWriting = 0;

        foreach (var (filesBeforeKill, content) in new[] { (1, contentB), (Pages / 3, contentA), (Pages, contentB), (Pages * 2, contentA), (10, contentB) })
        {
            // When: the build is killed once its staging folder holds that many files (or when it ends by itself)
            killedWhileWriting += await BuildAndKillAsync(content, output, filesBeforeKill) ? 1 : 0;

            // Then
            var left = Snapshot(output);
            (Same(left, referenceA) || Same(left, referenceB)).ShouldBeTrue($"after a kill at {filesBeforeKill} files, '{output}' is neither the old nor the new site ({left.Count} files)");
        }

        killedWhileWriting.ShouldBeGreaterThanOrEqualTo(3, "most kills must land in the write phase, or the test proves nothing");

        // When: one build runs to its end
        var final = await BuildAsync(contentB, output);

        // Then
        Same(final, referenceB).ShouldBeTrue();
        Directory.EnumerateDirectories(_root, ".site" + AtomicDirectoryWriter.NameMarker + "*").Select(Path.GetFileName)
            .ShouldBe([".site" + AtomicDirectoryWriter.NameMarker + "vorige"], "only the previous site stays next to the output, for the next build to write into");
    }

    private string Content(string name, string marker)
    {
        var content = Path.Combine(_root, "content-" + name);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Fixture("minimal"), "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(Path.Combine(RepositoryPaths.Fixture("minimal"), "content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(content, "seiten"));
        File.WriteAllText(Path.Combine(content, "seiten", "_index.md"), $"---\ntitle: Seiten\nversion: \"1\"\nstand: 2024-01-01\n---\n\n{marker}.\n");
        for (var i = 0; i < Pages; i++)
        {
            File.WriteAllText(Path.Combine(content, "seiten", $"s{i:D4}.md"), $"---\ntitle: Seite {i}\nversion: \"1\"\nstand: 2024-01-01\n---\n\n## {marker}\n\nText der Seite {i} in der {marker}.\n");
        }

        return content;
    }

    private static ProcessStartInfo Command(string content, string output)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "srodocs.dll"), "build", "--content", content, "--theme", RepositoryPaths.DefaultTheme, "--output", output, "--stand", "2025-07-01", "--ohne-suche" })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static async Task<Dictionary<string, byte[]>> BuildAsync(string content, string output)
    {
        using var process = Process.Start(Command(content, output))!;
        var said = process.StandardOutput.ReadToEndAsync();
        var complained = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, await said + await complained);
        return Snapshot(output);
    }

    /// <returns>True when the process was killed while its staging folder was filling.</returns>
    private static async Task<bool> BuildAndKillAsync(string content, string output, int filesBeforeKill)
    {
        var parent = Path.GetDirectoryName(output)!;
        var staging = "." + Path.GetFileName(output) + AtomicDirectoryWriter.NameMarker + "neu-";
        var started = DateTime.UtcNow;
        using var process = Process.Start(Command(content, output))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (Filling(parent, staging, filesBeforeKill, started))
            {
                process.Kill();
                await process.WaitForExitAsync();
                return true;
            }

            await Task.Delay(1);
        }

        await process.WaitForExitAsync();
        return false;
    }

    /// <summary>
    /// True once the staging folder holds that many files written by this build: it starts out as the site before the
    /// previous one, whose files the build overwrites.
    /// </summary>
    private static bool Filling(string parent, string staging, int files, DateTime since)
    {
        try
        {
            return Directory.EnumerateDirectories(parent, staging + "*")
                .Any(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) >= since).Take(files).Count() >= files);
        }
        catch (IOException)
        {
            return false; // the folder went away while it was being looked at
        }
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal)
            : [];

    private static bool Same(Dictionary<string, byte[]> left, Dictionary<string, byte[]> reference) =>
        left.Count == reference.Count && reference.All(r => left.TryGetValue(r.Key, out var bytes) && bytes.AsSpan().SequenceEqual(r.Value));
}
