using SroDocs.Site.Markdown;

namespace SroDocs.Site.Authoring;

/// <summary>
/// How <c>new</c> marks what it cannot know, the way the shipped content does: a <c>::: platzhalter</c> block in Markdown
/// (rendered as a labelled note), and „[noch offen: …]“ in a plain-text value, as the Steckbrief shows a missing field.
/// </summary>
public static class Placeholder
{
    /// <summary>The lines of a placeholder block saying what is open.</summary>
    public static IReadOnlyList<string> Block(string whatIsOpen) => ["::: " + PlaceholderExtension.Info, whatIsOpen, ":::"];

    public static string Markdown(string whatIsOpen) => string.Join("\n", Block(whatIsOpen));

    /// <summary>A plain-text value that is not known yet: <c>[noch offen: Kurzerklärung]</c>.</summary>
    public static string Text(string what) => $"[noch offen: {what}]";
}
