using System.Text.RegularExpressions;
using SroDocs.Testing;
using YamlDotNet.RepresentationModel;

namespace SroDocs.Cli.Tests;

/// <summary>
/// The files GitHub reads (workflows, CODEOWNERS) are checked here, because GitHub only finds mistakes in them after a
/// push. The workflows must run the README's two commands, so what the README promises is what CI does.
/// </summary>
public sealed partial class GitHubFilesTests
{
    private static readonly string Workflows = Path.Combine(RepositoryPaths.Root, ".github", "workflows");

    public static TheoryData<string> WorkflowFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in WorkflowFileNames())
        {
            data.Add(file);
        }

        return data;
    }

    private static IEnumerable<string> WorkflowFileNames() =>
        Directory.EnumerateFiles(Workflows, "*.y*ml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void EveryWorkflow_HasItsRequiredKeys_AndEveryJobRunsSteps(string file)
    {
        var workflow = Load(file);
        workflow.Children.Keys.Select(k => k.ToString()).ShouldContain("name");
        Child(workflow, "on").ShouldNotBeNull($"{file} has no 'on'");
        var jobs = Child(workflow, "jobs").ShouldBeOfType<YamlMappingNode>($"{file} has no 'jobs'");
        jobs.Children.ShouldNotBeEmpty();
        foreach (var (name, node) in jobs.Children)
        {
            var job = node.ShouldBeOfType<YamlMappingNode>();
            Text(job, "runs-on").ShouldNotBeNullOrWhiteSpace($"{file}: job {name} has no 'runs-on'");
            var steps = Child(job, "steps").ShouldBeOfType<YamlSequenceNode>($"{file}: job {name} has no 'steps'");
            steps.Children.ShouldNotBeEmpty();
            foreach (var step in steps.Children.Cast<YamlMappingNode>())
            {
                (Text(step, "uses") is not null ^ Text(step, "run") is not null).ShouldBeTrue($"{file}: job {name} has a step with neither or both of 'uses' and 'run'");
            }
        }
    }

    [Fact]
    public void TheDeployWorkflow_PublishesMainWithTheOfficialPagesActions()
    {
        var workflow = Load("deploy.yml");

        var push = Child(Child(workflow, "on").ShouldBeOfType<YamlMappingNode>(), "push").ShouldBeOfType<YamlMappingNode>();
        Child(push, "branches").ShouldBeOfType<YamlSequenceNode>().Children.Select(b => b.ToString()).ShouldContain("main");

        var permissions = Child(workflow, "permissions").ShouldBeOfType<YamlMappingNode>();
        permissions.Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString()).ShouldBe(
            new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" },
            ignoreOrder: true);

        var concurrency = Child(workflow, "concurrency").ShouldBeOfType<YamlMappingNode>();
        Text(concurrency, "group").ShouldBe("pages");
        Text(concurrency, "cancel-in-progress").ShouldBe("false");

        var steps = Steps(workflow).ToList();
        var checkout = steps.Single(s => Uses(s, "actions/checkout"));
        Text(Child(checkout, "with").ShouldBeOfType<YamlMappingNode>(), "fetch-depth").ShouldBe("0");
        var dotnet = steps.Single(s => Uses(s, "actions/setup-dotnet"));
        Text(Child(dotnet, "with").ShouldBeOfType<YamlMappingNode>(), "dotnet-version").ShouldStartWith("10.");
        steps.Count(s => Uses(s, "actions/configure-pages")).ShouldBe(1);
        var upload = steps.Single(s => Uses(s, "actions/upload-pages-artifact"));
        Text(Child(upload, "with").ShouldBeOfType<YamlMappingNode>(), "path").ShouldBe("_site");
        var deploy = steps.Single(s => Uses(s, "actions/deploy-pages"));

        var deployJob = Jobs(workflow).Single(j => Child(j, "steps").ShouldBeOfType<YamlSequenceNode>().Children.Contains(deploy));
        var environment = Child(deployJob, "environment").ShouldBeOfType<YamlMappingNode>();
        Text(environment, "name").ShouldBe("github-pages");
        Text(environment, "url").ShouldBe($"${{{{ steps.{Text(deploy, "id")}.outputs.page_url }}}}");
        steps.IndexOf(steps.Single(s => Runs(s).Any(IsBuild))).ShouldBeLessThan(steps.IndexOf(upload));
    }

    [Fact]
    public void ThePullRequestWorkflow_Checks_Tests_AndKeepsTheSite()
    {
        var workflow = Load("ci.yml");
        Child(workflow, "on").ShouldBeOfType<YamlMappingNode>().Children.Keys.Select(k => k.ToString()).ShouldContain("pull_request");
        var steps = Steps(workflow).ToList();
        steps.SelectMany(Runs).ShouldContain("dotnet run --project generator/SroDocs.Cli -- check");
        var upload = steps.Single(s => Uses(s, "actions/upload-artifact"));
        Text(Child(upload, "with").ShouldBeOfType<YamlMappingNode>(), "path").ShouldBe("_site");
    }

    [Fact]
    public void TheWorkflows_RunTheReadmesTwoCommands()
    {
        var (build, test) = ReadmeCommands();
        var runs = WorkflowFileNames().ToDictionary(f => f, f => Steps(Load(f)).SelectMany(Runs).ToList());

        // The pull-request workflow runs both exactly as written; the deploy workflow adds options to the build.
        runs["ci.yml"].ShouldContain(test);
        runs["ci.yml"].ShouldContain(build);
        runs["deploy.yml"].ShouldContain(line => line.StartsWith(build + " ", StringComparison.Ordinal));

        // No workflow builds or tests in a way the README does not name.
        foreach (var (file, lines) in runs)
        {
            foreach (var line in lines.Where(IsBuild))
            {
                (line == build || line.StartsWith(build + " ", StringComparison.Ordinal)).ShouldBeTrue($"{file} builds with '{line}', the README with '{build}'");
            }

            foreach (var line in lines.Where(l => l.Contains("dotnet test", StringComparison.Ordinal) || l.Contains("tests/", StringComparison.Ordinal)))
            {
                line.ShouldBe(test, $"{file} tests with '{line}', the README with '{test}'");
            }
        }
    }

    [Fact]
    public void ReadmeCommands_AreTheTwoCodeBlocksOfDieZweiBefehle()
    {
        // Guards the test above: if the README's section changed shape, the comparison would prove nothing.
        var (build, test) = ReadmeCommands();
        build.ShouldStartWith("dotnet run --project generator/SroDocs.Cli -- build");
        test.ShouldStartWith("bash ");
    }

    [Fact]
    public void CodeOwners_NamesAnOwnerForEveryBausteinAndContentFolder()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".github", "CODEOWNERS"))
            .Where(l => l.Trim() is { Length: > 0 } t && !t.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        lines.ShouldAllBe(parts => parts.Length >= 2 && parts.Skip(1).All(owner => owner.StartsWith('@')));
        var patterns = lines.Select(parts => parts[0]).ToList();
        patterns.ShouldBeUnique();

        var content = RepositoryPaths.ShippedContent;
        var bausteine = Directory.EnumerateFiles(Path.Combine(content, "bausteine"), "*.md").Select(f => "/content/bausteine/" + Path.GetFileName(f));
        var folders = Directory.EnumerateDirectories(content).Select(d => "/content/" + Path.GetFileName(d) + "/");
        foreach (var expected in bausteine.Concat(folders).Append("/generator/").Append("/themes/").Append("/.github/"))
        {
            patterns.ShouldContain(expected);
        }
    }

    private static (string Build, string Test) ReadmeCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n## Die zwei Befehle\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "README.md has no section 'Die zwei Befehle'");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        var blocks = ShellBlock().Matches(section).Select(m => m.Groups[1].Value.Trim()).ToList();
        blocks.Count.ShouldBe(2, "the section 'Die zwei Befehle' should hold exactly two sh blocks");
        blocks.ShouldAllBe(b => !b.Contains('\n'));
        return (blocks[0], blocks[1]);
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    private static bool IsBuild(string line) => line.Contains("SroDocs.Cli -- build", StringComparison.Ordinal);

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Workflows, file));
        stream.Load(reader);
        return stream.Documents.ShouldHaveSingleItem().RootNode.ShouldBeOfType<YamlMappingNode>();
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static IEnumerable<YamlMappingNode> Jobs(YamlMappingNode workflow) =>
        Child(workflow, "jobs").ShouldBeOfType<YamlMappingNode>().Children.Values.Cast<YamlMappingNode>();

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        Jobs(workflow).SelectMany(j => Child(j, "steps").ShouldBeOfType<YamlSequenceNode>().Children.Cast<YamlMappingNode>());

    private static bool Uses(YamlMappingNode step, string action) =>
        Text(step, "uses") is { } uses && uses.StartsWith(action + "@", StringComparison.Ordinal);

    /// <summary>The command lines of a step's script, one per line.</summary>
    private static IEnumerable<string> Runs(YamlMappingNode step) =>
        (Text(step, "run") ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
