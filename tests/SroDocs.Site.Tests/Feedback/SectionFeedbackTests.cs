using CsCheck;
using SroDocs.Site.Data;
using SroDocs.Site.Feedback;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Feedback;

/// <summary>"Rückmeldung zu diesem Abschnitt": a prepared e-mail (and issue) under every section heading of the Fachkonzept's pages.</summary>
public sealed class SectionFeedbackTests
{
    [Fact]
    public async Task EverySection_OffersAPreparedMail_NamingPageSectionAddressAndEdition()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then: one link per h2, right under it
        var page = site.Html("bausteine/alpha/index.html");
        var headings = page.QuerySelectorAll("main .prose h2").ToList();
        headings.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var heading in headings)
        {
            var link = heading.NextElementSibling!.QuerySelector("a")!;
            heading.NextElementSibling!.ClassName.ShouldBe("rueckmeldung");
            var mail = Uri.UnescapeDataString(link.GetAttribute("href")!);
            var section = heading.TextContent.Replace("\u00AD", "", StringComparison.Ordinal);
            mail.ShouldStartWith("mailto:test@example.org?subject=Rückmeldung: Alpha-Konzept – " + section + "&body=");
            mail.ShouldContain($"Abschnitt: {section} (#{heading.Id})");
            mail.ShouldContain($"Adresse: https://test.example.org/docs/bausteine/alpha/#{heading.Id}");
            mail.ShouldContain("Stand: Aktueller Arbeitsstand");
            link.TextContent.ShouldContain($"„{section}“");
        }

        page.QuerySelectorAll(".rueckmeldung a[href*='/issues/new']").ShouldBeEmpty("no repository is configured");
    }

    [Fact]
    public async Task WithARepository_EachSectionAlsoOffersAPreparedIssue()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        File.AppendAllText(Path.Combine(site.ContentRoot, "_data", "site.yml"), "repository: https://github.com/beispiel/fachkonzept\n");

        // When
        await site.BuildCleanAsync();

        // Then
        var issues = site.Html("bausteine/alpha/index.html").QuerySelectorAll(".rueckmeldung a[href^='https://github.com/beispiel/fachkonzept/issues/new?title=']").ToList();
        issues.Count.ShouldBe(site.Html("bausteine/alpha/index.html").QuerySelectorAll("main .prose h2").Length);
        Uri.UnescapeDataString(issues[0].GetAttribute("href")!).ShouldContain("Seite: Alpha-Konzept");
    }

    [Fact]
    public async Task AFassungsPage_NamesTheFassung_AndPagesAboutTheSiteAskNothing()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("impressum.md", "---\ntitle: Impressum\nversion: \"1\"\nstand: 2024-01-01\n---\n\n## Anbieter\n\nText.\n");
        var manifest = site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10));

        // When
        var result = await site.PublishAsync(new DateOnly(2099, 12, 1));

        // Then
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        var mail = Uri.UnescapeDataString(site.Html($"fassungen/{manifest.Slug}/bausteine/alpha/index.html").QuerySelector(".rueckmeldung a")!.GetAttribute("href")!);
        mail.ShouldContain("Stand: Fassung vom 10.03.2099 (2099/BV/0001)");
        mail.ShouldContain($"/fassungen/{manifest.Slug}/bausteine/alpha/#");
        site.Html("impressum/index.html").QuerySelectorAll(".rueckmeldung").ShouldBeEmpty();
    }

    /// <summary>
    /// The prepared e-mail and issue, built from pieces escaped once per page, are the whole texts escaped at once, for
    /// titles, headings and anchors with umlauts, dashes, signs, line breaks and characters outside the first plane.
    /// </summary>
    [Fact]
    public void PreparedLinks_AreTheWholeTextsEscaped()
    {
        var text = Gen.String[Gen.Frequency<char>((8, Gen.Char["abcXYZ09 "]), (1, Gen.Char["äöüß–„“&?#%/:+=\n"])), 0, 12]
            .Select(Gen.Bool, (t, emoji) => emoji ? t + "\U0001F600" : t);
        Gen.Select(text, text, text, text).Sample(
            sample =>
            {
                var (title, heading, anchor, edition) = sample;
                const string address = "https://sro.example.org/a/b/";
                var feedback = new SectionFeedback(title, address, edition, "amt@example.org", new SourceRepository(new Uri("https://github.com/rostock/sro"), "main"));
                var subject = Uri.EscapeDataString($"Rückmeldung: {title} – {heading}");
                var body = $"Seite: {title}\nAbschnitt: {heading} (#{anchor})\nAdresse: {address}#{anchor}\nStand: {edition}";
                return feedback.MailTo(heading, anchor) == $"mailto:amt@example.org?subject={subject}&body={Uri.EscapeDataString(body + "\n\nMeine Rückmeldung:\n")}"
                    && feedback.Issue(heading, anchor) == $"https://github.com/rostock/sro/issues/new?title={subject}&body={Uri.EscapeDataString(body + "\n\n")}";
            },
            iter: 500,
            print: sample => $"{sample}");
    }
}
