using System.Reflection;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Templates;

/// <summary>Every name templates can use (the views' properties, camelCase), for "Meinten Sie …?" hints.</summary>
public static class ViewNames
{
    /// <summary>
    /// The names a path's last segment could have meant: for <c>page.titel</c> the properties of the page's facts; for
    /// a path the root view cannot follow (inside <c>#each</c>, for example) every name.
    /// </summary>
    public static IReadOnlyList<string> For(string path)
    {
        var type = typeof(PageView);
        var segments = path.Split('.', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments[..^1])
        {
            var property = type.GetProperty(char.ToUpperInvariant(segment[0]) + segment[1..], BindingFlags.Public | BindingFlags.Instance);
            if (property is null || property.PropertyType == typeof(object))
            {
                return All;
            }

            type = property.PropertyType;
        }

        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])];
    }

    public static IReadOnlyList<string> All { get; } =
        [.. typeof(PageView).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageView).Namespace)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .Distinct()
            .Order(StringComparer.Ordinal)];
}
