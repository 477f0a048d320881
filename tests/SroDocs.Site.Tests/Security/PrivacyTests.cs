using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Security;

/// <summary>
/// Privacy by construction: no published file may make a reader's browser contact another origin — not a script, a
/// stylesheet, a CSS <c>@import</c> or <c>url()</c>, nor a <c>style</c> attribute — while plain links to other sites
/// stay allowed. Each trap is a located error; the shipped site has none.
/// </summary>
public sealed class PrivacyTests : IDisposable
{
    private readonly TestSite _site = TestSite.FromFixture("minimal");

    public void Dispose() => _site.Dispose();

    /// <summary>A copy of the default theme, to put traps into.</summary>
    private string ThemeCopy()
    {
        var theme = Path.Combine(_site.Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.DefaultTheme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepositoryPaths.DefaultTheme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        _site.ThemeRoot = theme;
        return theme;
    }

    [Fact]
    public async Task AnExternalScriptInTheTheme_IsAnError()
    {
        var theme = ThemeCopy();
        var baseof = Path.Combine(theme, "layouts", "baseof.hbs");
        File.WriteAllText(baseof, File.ReadAllText(baseof).Replace("</head>", "  <script src=\"https://cdn.example.org/track.js\"></script>\n</head>", StringComparison.Ordinal));

        var error = await SingleErrorAsync();

        error.Code.ShouldBe(DiagnosticCodes.OutputLinkBroken);
        error.Location!.Value.Path.ShouldEndWith("layouts/baseof.hbs");
        error.Message.ShouldContain("https://cdn.example.org/track.js");
    }

    [Theory]
    [InlineData("@import url(\"https://fonts.example.org/css?family=X\");\nbody { color: red; }\n", 1, "@import")]
    [InlineData("@import 'https://fonts.example.org/a.css';\n", 1, "@import")]
    [InlineData("body {\n  background: url(https://images.example.org/bg.png);\n}\n", 2, "url()")]
    [InlineData("body {\n  background: url('//images.example.org/bg.png');\n}\n", 2, "url()")]
    public async Task AStylesheetLoadingFromAnotherServer_IsAnErrorAtItsLine(string css, int line, string what)
    {
        _site.Write("_theme/assets/extra.css", css);

        var error = await SingleErrorAsync();

        error.Code.ShouldBe(DiagnosticCodes.OutputLinkBroken);
        error.Location!.Value.Path.ShouldBe("content/_theme/assets/extra.css");
        error.Location!.Value.Line.ShouldBe(line);
        error.Message.ShouldContain(what);
    }

    [Fact]
    public async Task AStyleAttributeLoadingARemoteImage_InTheTheme_IsAnError()
    {
        var theme = ThemeCopy();
        var footer = Path.Combine(theme, "layouts", "baseof.hbs");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\" style=\"background-image: url(https://images.example.org/logo.png)\">", StringComparison.Ordinal));

        var error = await SingleErrorAsync();

        error.Location!.Value.Path.ShouldEndWith("layouts/baseof.hbs");
        error.Message.ShouldContain("https://images.example.org/logo.png");
    }

    [Fact]
    public async Task AStyleAttributeInContent_IsRemoved_AndReportedWhereItWasWritten()
    {
        _site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\n<span style=\"background: url(https://images.example.org/x.png)\">Text</span>\n");

        var error = await SingleErrorAsync();

        error.Code.ShouldBe(DiagnosticCodes.HtmlNotAllowed);
        error.Location.ShouldBe(new SourceLocation("content/seite.md", 7, 1));
    }

    [Fact]
    public async Task LinksToOtherSites_AndLocalUrls_StayAllowed()
    {
        _site.Write("_theme/assets/extra.css", "/* url(https://kommentar.example.org/) zählt nicht */\nbody { background: url(\"bild.png\"); }\n");
        _site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\n[Die Stadt](https://www.rostock.de/)\n");

        var result = await _site.BuildAsync();

        result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task TheShippedSite_LoadsNothingFromElsewhere()
    {
        using var shipped = TestSite.FromShippedContent();
        var result = await shipped.PublishAsync(new DateOnly(2026, 12, 1));
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        foreach (var css in Directory.EnumerateFiles(shipped.OutputRoot, "*.css", SearchOption.AllDirectories))
        {
            Site.Privacy.ForeignReferences.InCss(File.ReadAllText(css)).ShouldBeEmpty(css);
        }
    }

    private async Task<Diagnostic> SingleErrorAsync()
    {
        var result = await _site.BuildAsync();
        return result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldHaveSingleItem(string.Join("\n", result.Diagnostics));
    }
}
