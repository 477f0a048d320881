namespace SroDocs.Core.Documents;

/// <summary>
/// One input or output of a build. Immutable: steps make changed copies with <c>with</c>.
/// </summary>
/// <param name="Source">Where the document comes from: a file of a content source, or a generator.</param>
/// <param name="Destination">Whether and where the document is written.</param>
/// <param name="Content">What the document holds now: text, bytes, a file not yet read, or content already staged.</param>
/// <param name="Metadata">Typed values that describe the document (front matter, URL, navigation).</param>
public sealed record Document(DocumentSource Source, Destination Destination, DocumentContent Content, Metadata Metadata)
{
    /// <summary>A hash of everything this document was made from; equal hashes mean equal inputs (caches, incremental builds).</summary>
    public required string InputHash { get; init; }

    /// <summary>
    /// A hash of what the document's metadata was made from. It is the <see cref="InputHash"/> unless a step derives the
    /// metadata from part of the input only and says so (a page's front matter, not its body): steps that read other
    /// documents' metadata then depend on this part only, and an edit of the rest leaves them as they were.
    /// </summary>
    public string MetadataHash
    {
        get => _metadataHash ?? InputHash;
        init => _metadataHash = value;
    }

    private readonly string? _metadataHash;

    /// <summary>Typed work products of steps, such as a parsed syntax tree; never written out.</summary>
    public Metadata Artefacts { get; init; } = Metadata.Empty;

    /// <summary>The text content; only for documents that hold text.</summary>
    public string Text => Content is TextContent text
        ? text.Text
        : throw new InvalidOperationException($"Document '{Source.Display}' holds {Content.GetType().Name}, not text.");

    public T Get<T>(DataKey<T> key) => Metadata.Get(key);

    public Document With<T>(DataKey<T> key, T value) => this with { Metadata = Metadata.With(key, value) };

    public Document Without<T>(DataKey<T> key) => this with { Metadata = Metadata.Without(key) };

    public Document WithArtefact<T>(DataKey<T> key, T value) => this with { Artefacts = Artefacts.With(key, value) };

    public Document WithText(string text) => this with { Content = new TextContent(text) };
}
