namespace SroDocs.Site.Feedback;

/// <summary>
/// What a page's "Rückmeldung zu diesem Abschnitt" links name: the page, its address, the edition (Fassung or working
/// state), and where the feedback goes (the office's e-mail; a prepared issue where a repository is configured).
/// </summary>
public sealed record SectionFeedback(string PageTitle, string PageAddress, string Edition, string Email, Data.SourceRepository? Repository)
{
    /// <summary>The prepared e-mail about the section <paramref name="heading"/> (anchor <paramref name="anchor"/>).</summary>
    public string MailTo(string heading, string anchor) =>
        $"mailto:{Email}?subject={Escape(Subject(heading))}&body={Escape(Body(heading, anchor) + "\n\nMeine Rückmeldung:\n")}";

    /// <summary>The prepared issue about the section, or null without a repository.</summary>
    public string? Issue(string heading, string anchor) =>
        Repository is null ? null : $"{Repository.Root}/issues/new?title={Escape(Subject(heading))}&body={Escape(Body(heading, anchor) + "\n\n")}";

    private string Subject(string heading) => $"Rückmeldung: {PageTitle} – {heading}";

    private string Body(string heading, string anchor) =>
        $"Seite: {PageTitle}\nAbschnitt: {heading} (#{anchor})\nAdresse: {PageAddress}#{anchor}\nStand: {Edition}";

    private static string Escape(string text) => Uri.EscapeDataString(text);
}
