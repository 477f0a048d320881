namespace SroDocs.Site.Fassungen;

/// <summary>One entry of a Fassung's history: when its status became what, and why.</summary>
public sealed record StatusChange(DateOnly Date, FassungStatus Status, string Text);
