namespace SroDocs.Site.Templates;

/// <summary>
/// What templates see: string-keyed maps and lists, so theme authors write <c>{{page.title}}</c>.
/// All decisions are made in C#; templates only print.
/// </summary>
public sealed class ViewModel : Dictionary<string, object?>
{
    public ViewModel()
        : base(StringComparer.Ordinal)
    {
    }
}
