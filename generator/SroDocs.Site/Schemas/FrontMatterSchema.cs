using System.Text.Json.Nodes;
using SroDocs.Site.Data;
using SroDocs.Site.FrontMatter;
using static SroDocs.Site.Schemas.SchemaTypes;

namespace SroDocs.Site.Schemas;

/// <summary>The schema of a page's front matter, from <see cref="FrontMatterReader"/>'s keys and the taxonomy's values.</summary>
public static class FrontMatterSchema
{
    public static JsonObject Create(Taxonomy taxonomy)
    {
        var types = Enum.GetValues<PageType>().Select(t => t.ToString().ToLowerInvariant()).ToList();
        var change = Mapping(
            "Eine Änderung der Seite, wie sie im Änderungsprotokoll erscheint.",
            FrontMatterReader.ChangeKeys,
            FrontMatterReader.ChangeRequiredKeys,
            ("datum", Date("Tag der Änderung; nicht nach dem Stichtag.")),
            ("zyklus", Integer("Zyklus, in dem die Änderung geschah; höchstens der Zyklus der Seite.", 1)),
            ("phase", OneOf("Phase des Zyklus, in der die Änderung geschah.", taxonomy.Status)),
            ("text", Text("Was sich geändert hat, in einem Satz.")),
            ("beschluss", Text("Beschlussnummer, falls die Änderung auf einem Beschluss beruht, z. B. 2025/BV/1234.")));

        var root = Mapping(
            "Front Matter einer Inhaltsseite (der YAML-Block zwischen den beiden ---).",
            FrontMatterReader.AllowedKeys,
            FrontMatterReader.RequiredKeys,
            ("id", Text("Stabile Kennung der Seite (Buchstaben, Ziffern, -, _, .; Teile durch / getrennt).")),
            ("title", Text("Titel der Seite.")),
            ("typ", Choice("Art der Seite; ohne Angabe ergibt sie sich aus dem Dateinamen (_index.md) oder aus 'baustein' bzw. 'ebene'.", types.Select(t => (t, t)).ToList())),
            ("baustein", OneOf("Baustein, den die Seite beschreibt (Pflicht auf Baustein-Seiten).", taxonomy.Bausteine)),
            ("ebene", OneOf("Ebene, die die Seite beschreibt (Pflicht auf Ebenen-Seiten).", taxonomy.Ebenen)),
            ("ebenen", List("Ebenen, die der Baustein betrifft (Pflicht auf Baustein-Seiten).", OneOf("", taxonomy.Ebenen), nonEmpty: true)),
            ("status", OneOf("Phase des Bausteins im Zyklus (Pflicht auf Baustein-Seiten).", taxonomy.Status)),
            ("zyklus", Integer("Nummer des Durchlaufs, ab 1 (Pflicht auf Baustein-Seiten).", 1)),
            ("version", Text("Version der Seite, z. B. \"0.1\" (in Anführungszeichen).")),
            ("stand", Date("Stand der Seite.")),
            ("beschreibung", Text("Kurze Beschreibung für Übersichten und Suchmaschinen.")),
            ("gewicht", Integer("Reihenfolge in der Navigation: kleinere Zahlen zuerst (Standard 0).")),
            ("regionen", List("Regionen, die die Seite betrifft.", OneOf("", taxonomy.Regionen))),
            ("schwerpunkte", List("Schwerpunkte, die die Seite betrifft.", OneOf("", taxonomy.Schwerpunkte))),
            ("aenderungen", Entries("Änderungen der Seite für das Änderungsprotokoll.", change)),
            ("glossar", Boolean("Ob Glossarbegriffe im Text erkannt und verlinkt werden (Standard ja).")),
            ("layout", Text("Eigene Vorlage für die Seite, z. B. bausteine/baustein.")),
            ("hauptnavigation", Boolean("Ob die Seite in der Hauptnavigation steht (Standard nein).")),
            ("aliases", List("Frühere Adressen der Seite, die auf sie weiterleiten.", Text(""))));

        // A Baustein page is one with typ: baustein, or without typ and with baustein (the type from _index.md is not visible here).
        root["allOf"] = new JsonArray(
            Conditional(
                new JsonObject
                {
                    ["anyOf"] = new JsonArray(
                        new JsonObject { ["required"] = Strings(["typ"]), ["properties"] = new JsonObject { ["typ"] = new JsonObject { ["const"] = "baustein" } } },
                        new JsonObject { ["not"] = new JsonObject { ["required"] = Strings(["typ"]) }, ["required"] = Strings(["baustein"]) }),
                },
                FrontMatterReader.BausteinRequiredKeys),
            Conditional(
                new JsonObject
                {
                    ["anyOf"] = new JsonArray(
                        new JsonObject { ["required"] = Strings(["typ"]), ["properties"] = new JsonObject { ["typ"] = new JsonObject { ["const"] = "ebene" } } },
                        new JsonObject
                        {
                            ["not"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["required"] = Strings(["typ"]) }, new JsonObject { ["required"] = Strings(["baustein"]) }) },
                            ["required"] = Strings(["ebene"]),
                        }),
                },
                FrontMatterReader.EbeneRequiredKeys));
        return root;
    }

    private static JsonObject Conditional(JsonObject condition, IEnumerable<string> required) =>
        new() { ["if"] = condition, ["then"] = new JsonObject { ["required"] = Strings(required) } };
}
