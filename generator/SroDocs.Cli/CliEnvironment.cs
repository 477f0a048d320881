namespace SroDocs.Cli;

/// <summary>Where the CLI writes and what it knows of its surroundings; tests pass their own.</summary>
public sealed record CliEnvironment(TextWriter Output, TextWriter Error, bool GitHubActions)
{
    public static CliEnvironment FromProcess() =>
        new(Console.Out, Console.Error, string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase));
}
