using System.Collections.Immutable;
using HandlebarsDotNet;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Templates;

/// <summary>
/// Reads and compiles the theme's layouts and partials (with the site's overrides), reports template
/// syntax errors with their file, and publishes the <see cref="ThemeTemplates"/>.
/// </summary>
public sealed class ReadTheme : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var options = context.Require(SiteState.Options);
        if (!Directory.Exists(options.ThemeRoot))
        {
            context.Diagnostics.Add(DataDiagnostics.ThemeFolderMissing(options.DisplayPath(options.ThemeRoot)));
        }

        var files = new ThemeFiles(options.ThemeRoot, options.ContentRoot);
        var reservedIds = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var failed = false;
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        foreach (var (relative, absolute) in files.In("partials").Where(f => f.Key.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var name = relative[..^4];
            failed |= !Compile(absolute, options, context, text => handlebars.RegisterTemplate(name, text), reservedIds);
        }

        var layouts = ImmutableDictionary.CreateBuilder<string, HandlebarsTemplate<object, object>>();
        var sources = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var (relative, absolute) in files.In("layouts").Where(f => f.Key.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var key = relative[..^4];
            failed |= !Compile(absolute, options, context, text =>
            {
                layouts[key] = handlebars.Compile(text);
                sources[key] = options.DisplayPath(absolute);
            }, reservedIds);
        }

        if (!layouts.ContainsKey(ThemeTemplates.BaseLayout))
        {
            context.Diagnostics.Add(TemplateDiagnostics.BaseLayoutMissing(SourceLocation.FileOnly(options.DisplayPath(options.ThemeRoot))));
        }

        context.Publish(SiteState.Templates, new ThemeTemplates(layouts.ToImmutable(), sources.ToImmutable(), reservedIds.ToImmutable(), failed));
        return ValueTask.FromResult(input);
    }

    private static readonly System.Text.RegularExpressions.Regex LiteralId = new(@"\bid=""([A-Za-z][A-Za-z0-9_-]*)""");

    /// <summary>Compiles one template; false (with a diagnostic) when it is broken.</summary>
    private static bool Compile(string path, SiteOptions options, BuildContext context, Action<string> compile, ImmutableHashSet<string>.Builder reservedIds)
    {
        try
        {
            var text = File.ReadAllText(path);
            reservedIds.UnionWith(LiteralId.Matches(text).Select(m => m.Groups[1].Value));
            compile(text);
            return true;
        }
        catch (Exception exception) when (exception is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            // Handlebars.Net reports most template mistakes as HandlebarsException, some (e.g. an empty block) as InvalidOperationException.
            var position = System.Text.RegularExpressions.Regex.Match(exception.Message, @"line:?\s*(\d+)(?:.*?(?:column|char):?\s*(\d+))?", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            var line = position.Success ? int.Parse(position.Groups[1].Value) : 0;
            var column = position.Groups[2].Success ? int.Parse(position.Groups[2].Value) : 0;
            context.Diagnostics.Add(TemplateDiagnostics.SyntaxError(new SourceLocation(options.DisplayPath(path), line, column), exception));
            return false;
        }
    }
}
