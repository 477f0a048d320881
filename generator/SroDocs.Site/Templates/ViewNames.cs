using System.Reflection;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Templates;

/// <summary>Every name templates can use (the views' properties, camelCase), for "Meinten Sie …?" hints.</summary>
public static class ViewNames
{
    public static IReadOnlyList<string> All { get; } =
        [.. typeof(PageView).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageView).Namespace)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .Distinct()
            .Order(StringComparer.Ordinal)];
}
