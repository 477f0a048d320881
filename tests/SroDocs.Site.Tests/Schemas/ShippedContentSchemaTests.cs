using SroDocs.Site.FrontMatter;
using SroDocs.Site.Schemas;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Schemas;

/// <summary>The generated schemas accept the shipped content, and the committed copies in schemas/ are what <c>schema</c> writes now.</summary>
public sealed class ShippedContentSchemaTests
{
    public static TheoryData<string, string> DataFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (dataFile, schemaFile) in SchemaSet.DataFiles)
        {
            data.Add(dataFile, schemaFile);
        }

        return data;
    }

    public static TheoryData<string> Pages() => new(
        Directory.EnumerateFiles(RepositoryPaths.ShippedContent, "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.ShippedContent, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void EveryShippedDataFile_ValidatesAgainstItsSchema(string dataFile, string schemaFile)
    {
        var path = Path.Combine(RepositoryPaths.ShippedContent, ContentLayout.DataFolder, dataFile);
        File.Exists(path).ShouldBeTrue(path);

        SchemaValidation.Errors(schemaFile, File.ReadAllText(path)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void TheFrontMatterOfEveryShippedPage_ValidatesAgainstTheFrontMatterSchema(string page)
    {
        var yaml = FrontMatterSplitter.Split(File.ReadAllText(Path.Combine(RepositoryPaths.ShippedContent, page)));
        yaml.ShouldNotBeNull(page);

        SchemaValidation.Errors(SchemaSet.FrontMatterFile, yaml).ShouldBeEmpty();
    }

    [Fact]
    public void TheShippedContentHasPagesAndEveryDataFileHasASchema()
    {
        Pages().Count.ShouldBeGreaterThan(20);
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.ShippedContent, ContentLayout.DataFolder), "*.y*ml")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ShouldBe(SchemaSet.DataFiles.Select(f => f.DataFile).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCommittedSchemas_AreWhatTheSchemaCommandGeneratesNow()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "schemas");
        var committed = Directory.EnumerateFiles(folder, "*.json").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).ReplaceLineEndings("\n"));

        committed.Keys.Order(StringComparer.Ordinal).ShouldBe(SchemaValidation.Generated.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in SchemaValidation.Generated)
        {
            committed[name].ShouldBe(text, $"schemas/{name} ist veraltet: 'srodocs schema' ausführen und das Ergebnis einchecken.");
        }
    }

    [Fact]
    public void TheVsCodeSettings_MapEveryDataFileToItsSchema()
    {
        var options = new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".vscode", "settings.json")), options);
        var mapping = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == System.Text.Json.JsonValueKind.Array ? p.Value.EnumerateArray().Select(v => v.GetString()!).ToList() : [p.Value.GetString()!]);

        mapping.Keys.Order(StringComparer.Ordinal).ShouldBe(SchemaSet.DataFiles.Select(f => $"./schemas/{f.SchemaFile}").Order(StringComparer.Ordinal));
        foreach (var (dataFile, schemaFile) in SchemaSet.DataFiles)
        {
            mapping[$"./schemas/{schemaFile}"].ShouldBe([$"content/_data/{dataFile}"]);
            File.Exists(Path.Combine(RepositoryPaths.Root, "schemas", schemaFile)).ShouldBeTrue();
        }

        File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".vscode", "extensions.json")).ShouldContain("\"redhat.vscode-yaml\"");
    }
}
