namespace SroDocs.Site.Authoring;

/// <summary>Why <c>new</c> writes nothing: the request itself is wrong, or it collides with what the content already holds.</summary>
public enum RefusalKind
{
    /// <summary>An invalid Kennung, an unknown Ebene or status, a missing title, a malformed date.</summary>
    Usage,

    /// <summary>The file or entry exists already, or a data file cannot be read.</summary>
    Conflict,
}
