namespace SroDocs.Site.Feedback;

/// <summary>
/// What a page's "Rückmeldung zu diesem Abschnitt" links name: the page, its address, the edition (Fassung or working
/// state), and where the feedback goes (the office's e-mail; a prepared issue where a repository is configured).
/// The texts around a section's heading and anchor are escaped once per page: escaping works character by character,
/// so the escaped pieces join into the escaped whole.
/// </summary>
public sealed class SectionFeedback(string pageTitle, string pageAddress, string edition, string email, Data.SourceRepository? repository)
{
    private static readonly string MailEnd = Escape("\n\nMeine Rückmeldung:\n");
    private static readonly string IssueEnd = Escape("\n\n");
    private static readonly string AnchorStart = Escape(" (#");

    private readonly string _subjectStart = Escape($"Rückmeldung: {pageTitle} – ");
    private readonly string _bodyStart = Escape($"Seite: {pageTitle}\nAbschnitt: ");
    private readonly string _addressStart = Escape($")\nAdresse: {pageAddress}#");
    private readonly string _bodyEnd = Escape($"\nStand: {edition}");

    /// <summary>
    /// The prepared e-mail about the section <paramref name="heading"/> (anchor <paramref name="anchor"/>): subject
    /// "Rückmeldung: page – heading"; the body names page, section, address and edition.
    /// </summary>
    public string MailTo(string heading, string anchor) => string.Concat(MailToParts(heading, anchor));

    /// <summary>The address of <see cref="MailTo"/> in pieces, to be written one after the other (no copy of the whole).</summary>
    public string[] MailToParts(string heading, string anchor) => Prepared($"mailto:{email}?subject=", heading, anchor, MailEnd);

    /// <summary>The prepared issue about the section (title and body as in <see cref="MailTo"/>), or null without a repository.</summary>
    public string? Issue(string heading, string anchor) => IssueParts(heading, anchor) is { } parts ? string.Concat(parts) : null;

    /// <summary>The address of <see cref="Issue"/> in pieces, or null without a repository.</summary>
    public string[]? IssueParts(string heading, string anchor) =>
        repository is null ? null : Prepared($"{repository.Root}/issues/new?title=", heading, anchor, IssueEnd);

    private string[] Prepared(string address, string heading, string anchor, string end)
    {
        var (escapedHeading, escapedAnchor) = (Escape(heading), Escape(anchor));
        return [address, _subjectStart, escapedHeading, "&body=", _bodyStart, escapedHeading, AnchorStart, escapedAnchor, _addressStart, escapedAnchor, _bodyEnd, end];
    }

    private static string Escape(string text) => Uri.EscapeDataString(text);
}
