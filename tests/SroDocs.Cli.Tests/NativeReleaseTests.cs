using System.Diagnostics;
using System.Text.RegularExpressions;
using SroDocs.Cli;
using SroDocs.Testing;

namespace SroDocs.Cli.Tests;

/// <summary>
/// The natively compiled release (Native AOT, what the benchmark measures), published once for this class: it builds
/// the same bytes as the program on the .NET runtime (shipped content, and a site large enough for compiled
/// templates), reports the same located errors for broken content, and refuses <c>pdf</c> with a German sentence.
/// </summary>
public sealed class NativeReleaseTests(NativeReleaseTests.Release release) : IClassFixture<NativeReleaseTests.Release>
{
    private const string Stand = "2026-12-01";

    [Fact]
    public async Task TheShippedContent_IsBuiltToTheSameBytes_AsOnTheRuntime()
    {
        // Given
        using var folders = new TempFolders();
        var native = folders.Path("nativ");
        var runtime = folders.Path("laufzeit");

        // When
        var nativeRun = await release.RunAsync("build", "--content", RepositoryPaths.ShippedContent, "--theme", RepositoryPaths.DefaultTheme, "--output", native, "--stand", Stand, "--ohne-suche");
        var runtimeRun = await InProcessAsync("build", "--content", RepositoryPaths.ShippedContent, "--theme", RepositoryPaths.DefaultTheme, "--output", runtime, "--stand", Stand, "--ohne-suche");

        // Then
        nativeRun.Code.ShouldBe(ExitCodes.Success, nativeRun.Output + nativeRun.Error);
        runtimeRun.Code.ShouldBe(ExitCodes.Success);
        ShouldBeTheSameSite(native, runtime, atLeastPages: 40);
    }

    [Fact]
    public async Task ASiteWithCompiledTemplates_IsBuiltToTheSameBytes_AsOnTheRuntime()
    {
        // Given: more pages than are interpreted, so the theme takes the compiled path
        using var folders = new TempFolders();
        var content = folders.Path("inhalt");
        CopyFolder(Path.Combine(RepositoryPaths.Fixture("minimal"), "content"), content);
        Directory.CreateDirectory(Path.Combine(content, "seiten"));
        File.WriteAllText(Path.Combine(content, "seiten", "_index.md"), "---\ntitle: Seiten\nversion: \"1\"\nstand: 2024-01-01\n---\n\nAlle Seiten.\n");
        for (var i = 0; i <= Site.Templates.ReadTheme.InterpretedUpToPages; i++)
        {
            File.WriteAllText(Path.Combine(content, "seiten", $"s{i:D4}.md"), $"---\ntitle: Seite {i}\nversion: \"1\"\nstand: 2024-01-01\n---\n\n## Abschnitt {i}\n\nText der Seite {i} mit [Alpha](../bausteine/alpha.md).\n");
        }

        // When
        var nativeRun = await release.RunAsync("build", "--content", content, "--theme", RepositoryPaths.DefaultTheme, "--output", folders.Path("nativ"), "--stand", Stand, "--ohne-suche");
        var runtimeRun = await InProcessAsync("build", "--content", content, "--theme", RepositoryPaths.DefaultTheme, "--output", folders.Path("laufzeit"), "--stand", Stand, "--ohne-suche");

        // Then
        nativeRun.Code.ShouldBe(ExitCodes.Success, nativeRun.Output + nativeRun.Error);
        runtimeRun.Code.ShouldBe(ExitCodes.Success);
        ShouldBeTheSameSite(folders.Path("nativ"), folders.Path("laufzeit"), atLeastPages: Site.Templates.ReadTheme.InterpretedUpToPages);
    }

    [Fact]
    public async Task BrokenContent_GetsTheSameLocatedErrors_AsOnTheRuntime()
    {
        var located = 0;
        foreach (var fixture in Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", "malformed")).Order(StringComparer.Ordinal))
        {
            // Given
            var content = Path.Combine(fixture, "content");

            // When
            var nativeRun = await release.RunAsync("check", "--content", content, "--theme", RepositoryPaths.DefaultTheme, "--stand", Stand);
            var runtimeRun = await InProcessAsync("check", "--content", content, "--theme", RepositoryPaths.DefaultTheme, "--stand", Stand);

            // Then
            nativeRun.Code.ShouldBe(runtimeRun.Code, Path.GetFileName(fixture));
            nativeRun.Output.ShouldBe(runtimeRun.Output, Path.GetFileName(fixture));
            nativeRun.Output.ShouldNotContain("Interner Fehler");
            located += Regex.IsMatch(nativeRun.Output, @":\d+:\d+: Fehler SRO\d{4}: ") ? 1 : 0;
        }

        located.ShouldBeGreaterThanOrEqualTo(10, "most broken fixtures must report an error at a line and column");
    }

    [Fact]
    public async Task Pdf_IsRefusedWithAGermanSentence_NotAnInternalError()
    {
        // When
        var run = await release.RunAsync("pdf", "--content", RepositoryPaths.ShippedContent, "--theme", RepositoryPaths.DefaultTheme);

        // Then
        run.Code.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldStartWith("Fehler: Der Befehl pdf läuft nur mit der .NET-Laufzeit");
        run.Error.ShouldContain("dotnet run --project generator/SroDocs.Cli -- pdf");
    }

    private static void ShouldBeTheSameSite(string native, string runtime, int atLeastPages)
    {
        var nativeFiles = Files(native);
        var runtimeFiles = Files(runtime);
        nativeFiles.Keys.ShouldBe(runtimeFiles.Keys, ignoreOrder: true);
        nativeFiles.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(atLeastPages);
        foreach (var (path, bytes) in nativeFiles)
        {
            bytes.SequenceEqual(runtimeFiles[path]).ShouldBeTrue($"'{path}' differs between the native build and the one on the runtime");
        }
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task<(int Code, string Output, string Error)> InProcessAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliEnvironment(output, error, false));
        return (code, output.ToString(), error.ToString());
    }

    private sealed class TempFolders : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("srodocs-nativ-").FullName;

        public string Path(string name) => System.IO.Path.Combine(_root, name);

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }

    /// <summary>The release, published natively into a folder of its own (its own intermediate files too) once for all tests.</summary>
    public sealed class Release : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("srodocs-aot-").FullName;

        public Release()
        {
            var publish = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepositoryPaths.Root,
            };
            foreach (var argument in new[] { "publish", "generator/SroDocs.Cli", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "--artifacts-path", System.IO.Path.Combine(_root, "artefakte"), "-o", System.IO.Path.Combine(_root, "bin"), "-nologo" })
            {
                publish.ArgumentList.Add(argument);
            }

            using var process = Process.Start(publish)!;
            var said = process.StandardOutput.ReadToEndAsync();
            var complained = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet publish -p:PublishAot=true took longer than 15 minutes");
            }

            if (process.ExitCode != 0 || !File.Exists(Program))
            {
                throw new InvalidOperationException("dotnet publish -p:PublishAot=true failed:\n" + said.Result + complained.Result);
            }
        }

        private string Program => System.IO.Path.Combine(_root, "bin", "srodocs");

        public async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
        {
            var start = new ProcessStartInfo(Program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Environment.CurrentDirectory,
            };
            foreach (var argument in args)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var said = process.StandardOutput.ReadToEndAsync();
            var complained = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await said, await complained);
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
