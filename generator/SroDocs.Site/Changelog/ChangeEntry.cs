using SroDocs.Core.Diagnostics;

namespace SroDocs.Site.Changelog;

/// <summary>One recorded change of a page: when, in which cycle and phase, what, and on which Beschluss.</summary>
public sealed record ChangeEntry(DateOnly Date, int Zyklus, string Phase, string Text, string? Beschluss, SourceLocation Location);
