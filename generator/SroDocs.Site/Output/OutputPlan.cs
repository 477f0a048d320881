using System.Collections.Frozen;
using SroDocs.Core.Documents;

namespace SroDocs.Site.Output;

/// <summary>Which document writes which output file; made in the Index phase, before anything is written.</summary>
public sealed record OutputPlan(FrozenDictionary<string, DocumentSource> Owners)
{
    /// <summary>True when <paramref name="document"/> is the one that writes its destination.</summary>
    public bool Writes(Document document) =>
        document.Destination is OutputFile file && Owners.TryGetValue(file.Path, out var owner) && owner == document.Source;
}
