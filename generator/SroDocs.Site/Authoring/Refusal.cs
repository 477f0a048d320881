using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;

namespace SroDocs.Site.Authoring;

/// <summary>Why nothing was written: one German sentence, and the findings of a data file that could not be read.</summary>
public sealed record Refusal(RefusalKind Kind, string Message)
{
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    public static Refusal Usage(string message) => new(RefusalKind.Usage, message);

    public static Refusal Conflict(string message) => new(RefusalKind.Conflict, message);
}
