using System.Diagnostics;
using System.Text.RegularExpressions;
using SroDocs.Cli;
using SroDocs.Testing;

namespace SroDocs.Cli.Tests;

/// <summary>
/// The natively compiled release (Native AOT, what the benchmark measures), published once for this class: it builds
/// the same bytes as the program on the .NET runtime (shipped content, and a site large enough for the runtime to compile
/// its templates; with search and two Fassungen it froze itself), reports the same located errors for broken content and
/// templates, and refuses <c>pdf</c> with a German sentence.
/// </summary>
public sealed class NativeReleaseTests(NativeReleaseTests.Release release) : IClassFixture<NativeReleaseTests.Release>
{
    private const string Stand = "2026-12-01";

    [Fact]
    public async Task TheShippedContent_WithTwoFassungenFrozenNatively_IsBuiltToTheSameBytes_AsOnTheRuntime()
    {
        // Given: the shipped content, frozen twice by the native program with a change in between
        using var site = TestSite.FromShippedContent();
        var fassungen = site.FassungenRoot;
        (await release.RunAsync("snapshot", "--content", site.ContentRoot, "--fassungen", fassungen, "--theme", RepositoryPaths.DefaultTheme, "--stand", Stand,
            "--beschluss", "2099/BV/0001", "--datum", "2099-03-10", "--titel", "Erste Testfassung")).Code.ShouldBe(ExitCodes.Success);
        site.Write("neu-nach-der-ersten-fassung.md", "---\ntitle: Nach der ersten Fassung\nversion: \"1\"\nstand: 2099-04-01\n---\n\nEin Absatz, den erst die zweite Fassung enthält.\n");
        (await release.RunAsync("snapshot", "--content", site.ContentRoot, "--fassungen", fassungen, "--theme", RepositoryPaths.DefaultTheme, "--stand", Stand,
            "--beschluss", "2099/BV/0002", "--datum", "2099-06-10", "--titel", "Zweite Testfassung")).Code.ShouldBe(ExitCodes.Success);
        using var folders = new TempFolders();
        string[] Build(string output, string cache) =>
            ["build", "--content", site.ContentRoot, "--fassungen", fassungen, "--cache", cache, "--theme", RepositoryPaths.DefaultTheme, "--output", output, "--stand", Stand];

        // When: both build with search (Pagefind's own files are not the same twice, so they are left out below)
        var nativeRun = await release.RunAsync(Build(folders.Path("nativ"), folders.Path("cache-nativ")));
        var runtimeRun = await InProcessAsync(Build(folders.Path("laufzeit"), folders.Path("cache-laufzeit")));

        // Then
        nativeRun.Code.ShouldBe(ExitCodes.Success, nativeRun.Output + nativeRun.Error);
        runtimeRun.Code.ShouldBe(ExitCodes.Success, runtimeRun.Output + runtimeRun.Error);
        nativeRun.Output.ShouldNotContain("ohne Suche");
        var files = OutputFolders.ShouldHoldTheSameFiles(folders.Path("nativ"), folders.Path("laufzeit"), atLeastPages: 80, ignoring: "pagefind/");
        files.ShouldContain("suche/index.html");
        files.ShouldContain(path => path.StartsWith("fassungen/2099-bv-0002/", StringComparison.Ordinal) && path.EndsWith("index.html", StringComparison.Ordinal));
        files.ShouldContain(path => path.Contains("synopse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALargeSite_InterpretedNatively_IsBuiltToTheSameBytes_AsCompiledOnTheRuntime()
    {
        // Given: more pages than are interpreted, so the runtime compiles the theme (natively it is always interpreted)
        using var site = TestSite.FromFixture("minimal");
        site.Write("seiten/_index.md", "---\ntitle: Seiten\nversion: \"1\"\nstand: 2024-01-01\n---\n\nAlle Seiten.\n");
        for (var i = 0; i <= Site.Templates.ReadTheme.InterpretedUpToPages; i++)
        {
            site.Write($"seiten/s{i:D4}.md", $"---\ntitle: Seite {i}\nversion: \"1\"\nstand: 2024-01-01\n---\n\n## Abschnitt {i}\n\nText der Seite {i} mit [Alpha](../bausteine/alpha.md).\n");
        }

        var content = site.ContentRoot;
        using var folders = new TempFolders();

        // When
        var nativeRun = await release.RunAsync("build", "--content", content, "--theme", RepositoryPaths.DefaultTheme, "--output", folders.Path("nativ"), "--stand", Stand, "--ohne-suche");
        var runtimeRun = await InProcessAsync("build", "--content", content, "--theme", RepositoryPaths.DefaultTheme, "--output", folders.Path("laufzeit"), "--stand", Stand, "--ohne-suche");

        // Then
        nativeRun.Code.ShouldBe(ExitCodes.Success, nativeRun.Output + nativeRun.Error);
        runtimeRun.Code.ShouldBe(ExitCodes.Success);
        OutputFolders.ShouldHoldTheSameFiles(folders.Path("nativ"), folders.Path("laufzeit"), atLeastPages: Site.Templates.ReadTheme.InterpretedUpToPages, ignoring: "pagefind/");
    }

    [Fact]
    public async Task BrokenContent_GetsTheSameLocatedErrors_AsOnTheRuntime()
    {
        var located = 0;
        foreach (var fixture in Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", "malformed")).Order(StringComparer.Ordinal))
        {
            // Given: the broken files laid over the minimal site (and its theme), as the malformed-input tests do
            using var site = TestSite.FromMalformedCase(Path.GetFileName(fixture));
            string[] check = ["check", "--content", site.ContentRoot, "--theme", site.ThemeRoot, "--fassungen", site.FassungenRoot, "--stand", Stand];

            // When
            var nativeRun = await release.RunAsync(check);
            var runtimeRun = await InProcessAsync(check);

            // Then
            var name = Path.GetFileName(fixture);
            nativeRun.Code.ShouldBe(runtimeRun.Code, name);
            nativeRun.Output.ShouldBe(runtimeRun.Output, name);
            nativeRun.Error.ShouldBe(runtimeRun.Error, name);
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

    /// <returns>The files both sites have (paths with '/'), Pagefind's index left out.</returns>
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
            start.Environment.Remove("GITHUB_ACTIONS"); // as in-process: no workflow annotations
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
