using System.Text.Json.Serialization;

namespace SroDocs.Core.IO;

/// <summary>
/// JSON for lists of texts, written by generated code (no reflection), so that a natively compiled program writes it
/// too: <c>StringJson.Default.StringArray</c> for <c>["a","b"]</c>, <c>StringJson.Default.ListStringArray</c> for
/// <c>[["a","b"],…]</c>. The output is that of <see cref="System.Text.Json.JsonSerializer"/> with default options.
/// </summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<string[]>))]
public sealed partial class StringJson : JsonSerializerContext;
