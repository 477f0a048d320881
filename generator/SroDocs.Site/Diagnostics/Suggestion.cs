namespace SroDocs.Site.Diagnostics;

/// <summary>"Did you mean" hints for diagnostics: the closest candidate within a small edit distance.</summary>
public static class Suggestion
{
    /// <summary>Returns <c> Meinten Sie '…'?</c> for the closest candidate (ignoring case), or an empty string.</summary>
    public static string For(string value, IEnumerable<string> candidates, string prefix = "", int maxDistance = 3)
    {
        var lowered = value.ToLowerInvariant();
        var best = candidates
            .Where(c => c != value)
            .Select(c => (Candidate: c, Distance: EditDistance.Of(lowered, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Min(maxDistance, Math.Max(1, value.Length / 2)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();
        return best is null ? "" : $" Meinten Sie '{prefix}{best}'?";
    }
}
