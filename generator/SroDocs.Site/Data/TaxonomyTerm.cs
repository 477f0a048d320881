namespace SroDocs.Site.Data;

/// <summary>One value of a facet: an Ebene, a status, a Baustein, a region or a Schwerpunkt.</summary>
public sealed record TaxonomyTerm(string Id, string Name, string ShortName, int? Number, string Description, int Order);
