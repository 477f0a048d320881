using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// Receives every document at the end of the Render phase (the output of a build): it writes what has a
/// destination and returns the document with its content released.
/// </summary>
public interface IDocumentSink
{
    Document Accept(Document document);
}
