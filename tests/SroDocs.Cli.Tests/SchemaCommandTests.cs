using SroDocs.Cli;
using SroDocs.Testing;

namespace SroDocs.Cli.Tests;

/// <summary><c>schema</c> writes one JSON Schema per data file and one for front matter, with the content's taxonomy in it.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "srodocs-schema-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliEnvironment(output, error, false));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Schema_ForTheShippedContent_WritesTheCommittedSchemas()
    {
        var (code, output, _) = await RunAsync("schema", "--content", RepositoryPaths.ShippedContent, "--output", _output);

        code.ShouldBe(ExitCodes.Success);
        output.ShouldContain($"6 Schemas nach '{_output}' geschrieben.");
        var committed = Path.Combine(RepositoryPaths.Root, "schemas");
        Directory.EnumerateFiles(_output).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(Directory.EnumerateFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in Directory.EnumerateFiles(_output))
        {
            File.ReadAllText(file).ShouldBe(File.ReadAllText(Path.Combine(committed, Path.GetFileName(file))).ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public async Task Schema_TakesItsValuesFromTheContentsTaxonomy()
    {
        using var site = TestSite.FromFixture("minimal");
        var taxonomy = File.ReadAllText(Path.Combine(site.ContentRoot, "_data", "taxonomie.yml"));

        var (code, _, _) = await RunAsync("schema", "--content", site.ContentRoot, "--output", _output);

        code.ShouldBe(ExitCodes.Success);
        var frontMatter = File.ReadAllText(Path.Combine(_output, "front-matter.schema.json"));
        frontMatter.ShouldContain("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        taxonomy.ShouldContain("id: alpha");
        frontMatter.ShouldContain("\"alpha\"");
        frontMatter.ShouldNotContain("\"controlling\"");
    }

    [Fact]
    public async Task Schema_WithAMissingContentFolder_ExitsWithOneAndAGermanMessage()
    {
        var (code, _, error) = await RunAsync("schema", "--content", Path.Combine(_output, "gibt-es-nicht"), "--output", _output);

        code.ShouldBe(ExitCodes.ContentErrors);
        error.ShouldContain("Der Inhaltsordner");
        Directory.Exists(_output).ShouldBeFalse();
    }

    [Fact]
    public async Task Schema_WithABrokenTaxonomy_ReportsItAndWritesNothing()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("_data/taxonomie.yml", "status: [\n");

        var (code, output, _) = await RunAsync("schema", "--content", site.ContentRoot, "--output", _output);

        code.ShouldBe(ExitCodes.ContentErrors);
        output.ShouldContain("taxonomie.yml");
        Directory.Exists(_output).ShouldBeFalse();
    }
}
