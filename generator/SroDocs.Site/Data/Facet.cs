using System.Collections.Immutable;

namespace SroDocs.Site.Data;

/// <summary>
/// A list of allowed values with a German label. A facet without values is open: any value is accepted
/// (so content without a taxonomy file still builds).
/// </summary>
public sealed record Facet(string Key, string Label, ImmutableArray<TaxonomyTerm> Terms)
{
    public bool IsOpen => Terms.IsEmpty;

    /// <summary>Finds a term by id, by name (ignoring case) or by number.</summary>
    public TaxonomyTerm? Find(string value)
    {
        var trimmed = value.Trim();
        return Terms.FirstOrDefault(t => t.Id == trimmed)
            ?? Terms.FirstOrDefault(t => string.Equals(t.Name, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(t.ShortName, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? (int.TryParse(trimmed, out var number) ? Terms.FirstOrDefault(t => t.Number == number) : null);
    }

    /// <summary>The term for a value, or an ad-hoc term when the facet is open.</summary>
    public TaxonomyTerm? Resolve(string value) =>
        IsOpen ? new TaxonomyTerm(value, value, value, null, "", int.MaxValue) : Find(value);

    public string Allowed => string.Join(", ", Terms.Select(t => t.Id));
}
