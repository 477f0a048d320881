using System.Diagnostics;
using SroDocs.Cli.History;
using SroDocs.Testing;

namespace SroDocs.Cli.Tests.History;

/// <summary>
/// The git history of a content folder, read from real repositories made here with fixed commit dates: each file's
/// last commit day, what is not committed, where the folder lies, and nothing from a shallow clone or outside git.
/// </summary>
public sealed class GitHistoryReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("srodocs-git-").FullName;

    /// <summary>
    /// An empty file of its own as git's global settings: /dev/null is not always empty (on one CI machine it held a
    /// line, and every git call here failed on it).
    /// </summary>
    private readonly string _emptyGitConfig;

    public GitHistoryReaderTests()
    {
        _emptyGitConfig = Path.Combine(_root, "leer.gitconfig");
        File.WriteAllText(_emptyGitConfig, "");
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal); // git makes its objects read-only
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>A repository with two commits: both files in the first; in the second, only the one in the subfolder changes.</summary>
    private string TwoCommits()
    {
        var repository = Path.Combine(_root, "repo");
        Write(repository, "content/ueber.md", "Erste Fassung.\n");
        Write(repository, "content/Ä b/straße.md", "Erste Fassung.\n");
        Write(repository, "README.md", "Außerhalb des Inhalts.\n");
        Git(repository, null, "init", "--quiet", "--initial-branch=main");
        Git(repository, null, "add", "--all");
        Git(repository, "2026-01-05T10:00:00+01:00", "commit", "--quiet", "--message", "Erste Fassung");
        Write(repository, "content/Ä b/straße.md", "Zweite Fassung.\n");
        Write(repository, "README.md", "Geändert, aber nicht im Inhalt.\n");
        Git(repository, "2026-11-30T23:30:00+00:00", "commit", "--quiet", "--all", "--message", "Zweite Fassung"); // 00:30 in Rostock
        return repository;
    }

    [Fact]
    public async Task EachFile_GetsTheDayOfItsLastCommit_InRostocksTimeZone()
    {
        // Given
        var repository = TwoCommits();

        // When
        var reading = await GitHistoryReader.ReadAsync(Path.Combine(repository, "content"), CancellationToken.None);

        // Then
        reading.ShouldNotBeNull();
        reading.FolderInRepository.ShouldBe("content");
        var history = reading.History.ShouldNotBeNull();
        history.LastChanged.Count.ShouldBe(2);
        history.LastChanged["ueber.md"].ShouldBe(new DateOnly(2026, 1, 5));
        history.LastChanged["Ä b/straße.md"].ShouldBe(new DateOnly(2026, 12, 1));
        history.Uncommitted.ShouldBeEmpty();
    }

    [Fact]
    public async Task ChangedAndNewFiles_AreUncommitted_AndTheirPagesFallBackToTheirStand()
    {
        // Given
        var repository = TwoCommits();
        Write(repository, "content/ueber.md", "Lokal geändert.\n");
        Write(repository, "content/neu.md", "Nie eingecheckt.\n");

        // When
        var history = (await GitHistoryReader.ReadAsync(Path.Combine(repository, "content"), CancellationToken.None))!.History!;

        // Then
        history.Uncommitted.ShouldBe(["neu.md", "ueber.md"], ignoreOrder: true);
        history.LastChangeOf("ueber.md").ShouldBeNull();
        history.LastChangeOf("neu.md").ShouldBeNull();
        history.LastChangeOf("Ä b/straße.md").ShouldBe(new DateOnly(2026, 12, 1));
    }

    [Fact]
    public async Task AShallowClone_HasNoHistory_ButStillSaysWhereTheContentLies()
    {
        // Given
        var origin = TwoCommits();
        var clone = Path.Combine(_root, "flach");
        Git(_root, null, "clone", "--quiet", "--depth", "1", new Uri(origin).AbsoluteUri, clone);

        // When
        var reading = await GitHistoryReader.ReadAsync(Path.Combine(clone, "content"), CancellationToken.None);

        // Then
        reading.ShouldNotBeNull();
        reading.History.ShouldBeNull("a shallow clone knows only its last commit, which would date every file");
        reading.FolderInRepository.ShouldBe("content");
    }

    [Fact]
    public async Task AFolderOutsideAnyRepository_HasNoReading()
    {
        // Given
        var folder = Path.Combine(_root, "ohne-git", "content");
        Write(Path.Combine(_root, "ohne-git"), "content/ueber.md", "Text.\n");

        // When
        var reading = await GitHistoryReader.ReadAsync(folder, CancellationToken.None);

        // Then
        reading.ShouldBeNull();
    }

    [Fact]
    public async Task TheBuildCommand_DatesItsPagesByTheHistoryOfItsContentFolder()
    {
        // Given: the minimal site, committed on one day, one page changed afterwards and not committed
        var repository = Path.Combine(_root, "site");
        var fixture = Path.Combine(RepositoryPaths.Fixture("minimal"), "content");
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            Write(repository, Path.Combine("content", Path.GetRelativePath(fixture, file)), File.ReadAllText(file));
        }

        Git(repository, null, "init", "--quiet", "--initial-branch=main");
        Git(repository, null, "add", "--all");
        Git(repository, "2026-12-01T09:00:00+01:00", "commit", "--quiet", "--message", "Inhalt");
        File.AppendAllText(Path.Combine(repository, "content", "bausteine", "beta.md"), "\nNoch nicht eingecheckt.\n");
        var output = Path.Combine(repository, "_site");

        // When
        var code = await CliApp.RunAsync(["build", "--content", Path.Combine(repository, "content"), "--theme", RepositoryPaths.DefaultTheme, "--output", output, "--ohne-suche"], new CliEnvironment(new StringWriter(), new StringWriter(), false));

        // Then
        code.ShouldBe(ExitCodes.Success);
        File.ReadAllText(Path.Combine(output, "bausteine", "alpha", "index.html")).ShouldContain("Zuletzt geändert am <time datetime=\"2026-12-01\">1. Dezember 2026</time> (laut Git-Verlauf)");
        File.ReadAllText(Path.Combine(output, "bausteine", "beta", "index.html")).ShouldContain("(Angabe im Dokument; Änderungen noch nicht mit Git gespeichert)");
    }

    [Fact]
    public void TheLog_DatesEachFileByItsLatestCommit_WhateverTheOrder()
    {
        // Given: git log output with the older commit first (clocks differ between machines)
        var log = "\u00012024-01-09T12:00:00+01:00\0\na.md\0b.md\0\u00012025-06-30T23:59:00+02:00\0\na.md\0";

        // When
        var days = GitHistoryReader.LastChanged(log);

        // Then
        days["a.md"].ShouldBe(new DateOnly(2025, 6, 30));
        days["b.md"].ShouldBe(new DateOnly(2024, 1, 9));
    }

    private static void Write(string repository, string path, string text)
    {
        var file = Path.Combine(repository, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    /// <summary>Runs git with a fixed author and committer (and date), ignoring the machine's git settings.</summary>
    private void Git(string folder, string? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = _emptyGitConfig;
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var who in new[] { "AUTHOR", "COMMITTER" })
        {
            start.Environment[$"GIT_{who}_NAME"] = "Redaktion";
            start.Environment[$"GIT_{who}_EMAIL"] = "redaktion@example.org";
            if (date is not null)
            {
                start.Environment[$"GIT_{who}_DATE"] = date;
            }
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }
}
