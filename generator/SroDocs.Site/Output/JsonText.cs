using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SroDocs.Site.Output;

/// <summary>How the site writes JSON files (open data, schemas): indented, umlauts readable, '\n' line breaks and a final one, so the same inputs give the same bytes on every system.</summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";
}
