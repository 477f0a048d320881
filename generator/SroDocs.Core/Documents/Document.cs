namespace SroDocs.Core.Documents;

/// <summary>
/// One input or output of a build. Immutable: stages make changed copies with <c>with</c>.
/// </summary>
/// <param name="Source">The source path as shown to authors (relative to the working directory), or a generated name.</param>
/// <param name="Destination">The output path relative to the output root, with forward slashes; empty while unknown.</param>
/// <param name="Text">The current text content (Markdown, then HTML).</param>
/// <param name="Metadata">Typed values that describe the document (front matter, URL, navigation).</param>
public sealed record Document(string Source, string Destination, string Text, Metadata Metadata)
{
    /// <summary>Raw bytes for documents that are copied as they are (images, CSS).</summary>
    public byte[]? Binary { get; init; }

    /// <summary>A hash of everything this document was made from, for caching and incremental builds.</summary>
    public string InputHash { get; init; } = "";

    /// <summary>Typed work products of stages, such as a parsed syntax tree; never written out.</summary>
    public Metadata Artefacts { get; init; } = Metadata.Empty;

    public T Get<T>(DataKey<T> key) => Metadata.Get(key);

    public Document With<T>(DataKey<T> key, T value) => this with { Metadata = Metadata.With(key, value) };

    public Document WithArtefact<T>(DataKey<T> key, T value) => this with { Artefacts = Artefacts.With(key, value) };
}
