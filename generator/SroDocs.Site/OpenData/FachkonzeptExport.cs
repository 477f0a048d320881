using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Output;

namespace SroDocs.Site.OpenData;

/// <summary>
/// <c>daten/fachkonzept.json</c>: the Fachkonzept as open data, made by every build from the same values as the
/// pages (see <see cref="FachkonzeptDocument"/>) and described by <see cref="FachkonzeptSchema"/>.
/// </summary>
public sealed class FachkonzeptExport : ISiteFile
{
    public const string FilePath = "daten/fachkonzept.json";

    public string Path => FilePath;

    public string Name => "Offene Daten (fachkonzept.json)";

    public IReadOnlyList<IDataKey> Reads =>
        [SiteValues.Inputs, SiteValues.Config, SiteValues.Index, SiteValues.Taxonomy, SiteValues.Glossary, SiteValues.Milestones];

    public string Render(StepContext context)
    {
        var inputs = context.Read(SiteValues.Inputs);
        var model = new FachkonzeptInputs(
            context.Read(SiteValues.Config),
            context.Read(SiteValues.Taxonomy),
            context.Read(SiteValues.Index),
            context.Read(SiteValues.Milestones),
            context.Read(SiteValues.Glossary),
            inputs.Edition,
            inputs.ReferenceDate,
            AbsoluteUrls.For(context));
        return JsonText.Write(FachkonzeptDocument.Build(model));
    }
}
