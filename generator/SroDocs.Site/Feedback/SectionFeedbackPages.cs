using SroDocs.Core.Pipelines;
using SroDocs.Site.Navigation;
using SroDocs.Site.Pages;

namespace SroDocs.Site.Feedback;

/// <summary>Which pages ask for feedback per section: the Fachkonzept's own pages (start, sections, Bausteine, Ebenen, plain pages), where the site has an office e-mail.</summary>
public static class SectionFeedbackPages
{
    /// <summary>The feedback facts of <paramref name="page"/>; null where it asks for none (reads config and inputs).</summary>
    public static SectionFeedback? For(PageEntry page, StepContext context)
    {
        var config = context.Read(SiteValues.Config);
        if (config.Contact.Email is not { Length: > 0 } email || page.FrontMatter is null || ServicePages.All.Contains(page.Id))
        {
            return null;
        }

        var inputs = context.Read(SiteValues.Inputs);
        return new SectionFeedback(page.Title, Output.AbsoluteUrls.For(context).Of(page.Url), inputs.EditionLabel, email, config.Repository);
    }
}
