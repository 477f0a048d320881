using System.Collections.Immutable;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Data;

/// <summary>Site-wide settings from <c>_data/site.yml</c>; every value has a default.</summary>
public sealed record SiteConfig(string Title, string Subtitle, string Publisher, Contact Contact, Uri BaseUrl)
{
    /// <summary>True when <c>basis_url</c> is set; otherwise <see cref="BaseUrl"/> is a stand-in that must not be published as a page's address.</summary>
    public bool HasBaseUrl { get; init; }

    /// <summary>The repository the content lives in (<c>repository</c>, e.g. on GitHub), for prepared issues and edit links; null where none is configured.</summary>
    public SourceRepository? Repository { get; init; }

    public static readonly SiteConfig Default = new(
        "Fachkonzept Sozialraumorientierung",
        "",
        "",
        new Contact("", "", ""),
        new Uri("https://sro.example.org/"));

    public static readonly ImmutableHashSet<string> Keys = ["titel", "untertitel", "herausgeber", "kontakt", "basis_url", SourceRepository.AddressKey, SourceRepository.BranchKey];
    public static readonly ImmutableHashSet<string> ContactKeys = ["amt", "email", "web"];

    public static SiteConfig Read(YamlMap map)
    {
        map.WarnUnknownKeys(Keys, "in den Website-Einstellungen");
        var contact = map.Map("kontakt");
        contact?.WarnUnknownKeys(ContactKeys, "im Kontakt");
        var baseUrl = Default.BaseUrl;
        var hasBaseUrl = false;
        if (map.String("basis_url") is { } text)
        {
            if (TryParseBaseUrl(text, out var parsed))
            {
                baseUrl = parsed;
                hasBaseUrl = true;
            }
            else
            {
                map.Report(DataDiagnostics.InvalidBaseUrl(map.ValueLocation("basis_url"), text));
            }
        }

        return new SiteConfig(
            map.String("titel") ?? Default.Title,
            map.String("untertitel") ?? "",
            map.String("herausgeber") ?? "",
            new Contact(contact?.String("amt") ?? "", contact?.String("email") ?? "", contact?.Url("web") ?? ""),
            baseUrl)
        {
            HasBaseUrl = hasBaseUrl,
            Repository = SourceRepository.Read(map),
        };
    }

    /// <summary>An absolute http(s) address that ends with '/', as needed for feed and sitemap links.</summary>
    public static bool TryParseBaseUrl(string text, out Uri baseUrl)
    {
        baseUrl = Default.BaseUrl;
        if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            baseUrl = parsed;
            return true;
        }

        return false;
    }
}

/// <summary>The office contact. Only offices are published, never people.</summary>
public sealed record Contact(string Office, string Email, string Web);
