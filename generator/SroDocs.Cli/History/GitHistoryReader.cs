using System.Collections.Immutable;
using System.Globalization;
using SroDocs.Site.History;

namespace SroDocs.Cli.History;

/// <summary>
/// Reads the content folder's git history once per build, with three git calls whatever the number of pages: where the
/// folder lies in the repository and whether the clone is shallow, the day of each file's last commit, and which files
/// differ from the last commit. Outside a repository or without git it gives null after one failed call, and the pages
/// show their <c>stand</c>. A shallow clone has no history to give: its only commit would date every file.
/// </summary>
public static class GitHistoryReader
{
    private const char CommitMark = '\u0001';

    /// <summary>The time zone the days are counted in (Rostock's); the commit's own offset where the system does not know it.</summary>
    private static readonly TimeZoneInfo? Rostock = FindRostock();

    public static async Task<GitReading?> ReadAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(contentRoot);
        if (!Directory.Exists(folder) || await GitCommand.RunAsync(folder, ["rev-parse", "--is-shallow-repository", "--show-prefix"], cancellationToken) is not { } facts)
        {
            return null;
        }

        var lines = facts.Split('\n');
        var prefix = lines.Length > 1 ? lines[1].Trim() : "";
        var inRepository = prefix.TrimEnd('/');
        if (lines[0].Trim() != "false")
        {
            return new GitReading(inRepository, null);
        }

        // The two calls side by side: each waits mostly for its process.
        var logCall = GitCommand.RunAsync(folder, ["log", "--first-parent", "-m", "--no-renames", "--relative", "--name-only", "-z", $"--format={CommitMark}%cI", "--", "."], cancellationToken);
        var statusCall = GitCommand.RunAsync(folder, ["status", "--porcelain=v1", "-z", "--no-renames", "--untracked-files=all", "--", "."], cancellationToken);
        var log = await logCall;
        var status = await statusCall;
        return new GitReading(inRepository, log is null || status is null ? null : new ContentHistory(LastChanged(log), Uncommitted(status, prefix)));
    }

    /// <summary>
    /// The output of <c>git log --name-only -z --format=&lt;mark&gt;%cI</c>: each commit's date, then the files it changed.
    /// A file's day is that of its latest commit, counted in Rostock's time zone.
    /// </summary>
    public static ImmutableDictionary<string, DateOnly> LastChanged(string log)
    {
        var days = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly? day = null;
        foreach (var token in log.Split('\0'))
        {
            var text = token.TrimStart('\n');
            if (text.StartsWith(CommitMark))
            {
                day = DateTimeOffset.TryParse(text[1..], CultureInfo.InvariantCulture, DateTimeStyles.None, out var when) ? DayIn(when) : null;
            }
            else if (text.Length > 0 && day is { } changed && (!days.TryGetValue(text, out var known) || known < changed))
            {
                days[text] = changed;
            }
        }

        return days.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The output of <c>git status --porcelain=v1 -z --no-renames</c>: entries <c>XY path</c>, paths from the repository's
    /// root; those below <paramref name="prefix"/> (the content folder, e.g. <c>content/</c>) relative to it.
    /// </summary>
    public static ImmutableHashSet<string> Uncommitted(string status, string prefix) =>
        status.Split('\0')
            .Where(entry => entry.Length > 3 && entry[2] == ' ')
            .Select(entry => entry[3..])
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal))
            .Select(path => path[prefix.Length..])
            .ToImmutableHashSet(StringComparer.Ordinal);

    private static DateOnly DayIn(DateTimeOffset when) =>
        DateOnly.FromDateTime((Rostock is null ? when : TimeZoneInfo.ConvertTime(when, Rostock)).DateTime);

    private static TimeZoneInfo? FindRostock()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
