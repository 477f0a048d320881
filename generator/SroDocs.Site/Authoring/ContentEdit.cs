namespace SroDocs.Site.Authoring;

/// <summary>
/// One file that <c>new</c> writes: a file it creates (<see cref="Original"/> null: it must not exist yet) or a data file it
/// adds an entry to (<see cref="Original"/> is the text it read, so a file changed in the meantime is not overwritten).
/// </summary>
/// <param name="ContentPath">The path inside the content folder, with '/'.</param>
/// <param name="Line">The one-based line where the new text starts.</param>
/// <param name="What">What was written, in German, for the command's report: "Baustein-Seite 'Sozialraumbudget'".</param>
public sealed record ContentEdit(string ContentPath, string Text, string? Original, int Line, string What)
{
    public bool Creates => Original is null;
}
