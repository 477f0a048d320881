using SroDocs.Site.Authoring;

namespace SroDocs.Site.Tests.Authoring;

public sealed class YamlTextTests
{
    [Theory]
    [InlineData("Sozialraumbudget", "Sozialraumbudget")]
    [InlineData("Qualitätsentwicklung und -management", "Qualitätsentwicklung und -management")]
    [InlineData("Wer, wie, was?", "Wer, wie, was?")]
    [InlineData("2024-06", "2024-06")]
    [InlineData("2023", "\"2023\"")]
    [InlineData("0.1", "\"0.1\"")]
    [InlineData("ja", "ja")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("Ziel: mehr", "\"Ziel: mehr\"")]
    [InlineData("ab 2025-06", "ab 2025-06")]
    [InlineData("- Liste", "\"- Liste\"")]
    [InlineData("[noch offen: Kurzerklärung]", "\"[noch offen: Kurzerklärung]\"")]
    [InlineData("Sie sagt \"Hallo\" \\ tschüss", "\"Sie sagt \\\"Hallo\\\" \\\\ tschüss\"")]
    [InlineData("Nummer #1", "\"Nummer #1\"")]
    public void Scalar_IsPlainWhereThatReadsBackTheSame_ElseDoubleQuoted(string value, string expected)
    {
        // Given, When
        var written = YamlText.Scalar(value);

        // Then
        written.ShouldBe(expected);
        var read = new YamlDotNet.RepresentationModel.YamlStream();
        read.Load(new StringReader("k: " + written));
        ((YamlDotNet.RepresentationModel.YamlScalarNode)((YamlDotNet.RepresentationModel.YamlMappingNode)read.Documents[0].RootNode).Children[0].Value).Value.ShouldBe(value);
    }
}
