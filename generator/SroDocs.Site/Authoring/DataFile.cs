using SroDocs.Site.Yaml;

namespace SroDocs.Site.Authoring;

/// <summary>A data file of <c>_data/</c> as <c>new</c> read it: its text, to insert into, and its entries, to find where.</summary>
public sealed record DataFile(string ContentPath, string Text, YamlMap Map);
