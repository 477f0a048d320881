using SroDocs.Site.Data;
using SroDocs.Site.Glossary;
using SroDocs.Site.Navigation;
using SroDocs.Site.Output;
using SroDocs.Site.Publishing;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.OpenData;

/// <summary>The build values <see cref="FachkonzeptDocument"/> is made of: the same ones the pages are rendered from.</summary>
/// <param name="Edition">The edition this build renders; null for a site without Fassungen.</param>
public sealed record FachkonzeptInputs(
    SiteConfig Config,
    Taxonomy Taxonomy,
    SiteIndex Index,
    MilestonePlan Milestones,
    GlossaryData Glossary,
    EditionContext? Edition,
    DateOnly ReferenceDate,
    AbsoluteUrls Urls);
