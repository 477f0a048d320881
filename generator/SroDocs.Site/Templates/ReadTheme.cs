using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler.Resolvers;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Templates;

/// <summary>
/// Reads the theme's layouts and partials (with the site's overrides laid over them) and compiles them in the
/// background while content is read and parsed; <see cref="CompleteTheme"/> waits for it in the Index phase.
/// Template errors are reported at their file and line. Templates read names from typed views: a name the view
/// does not have is an error, never an empty spot on the page. A theme is compiled once per site definition: further
/// builds with the same template texts (each Fassung, each rebuild of a preview) reuse it.
/// </summary>
/// <param name="interpretUpToPages">
/// Sites with at most this many pages get their templates interpreted, larger ones compiled (see
/// <see cref="InterpretedExpressions"/>): compiling costs a fixed amount up front, interpreting a little per page.
/// </param>
/// <param name="compileForLaterBuilds">
/// True where many builds follow each other in one process (the preview): from the second build of a small site on,
/// its theme is compiled in the background and taken once ready. A one-time build never pays for that.
/// </param>
/// <param name="renderDirectly">
/// True to read the templates as <see cref="Direct.DirectTemplate"/>s too, which render pages without Handlebars'
/// expression trees (false renders every page with Handlebars, to compare).
/// </param>
public sealed partial class ReadTheme(int interpretUpToPages = ReadTheme.InterpretedUpToPages, bool compileForLaterBuilds = false, bool renderDirectly = true) : IStep
{
    /// <summary>
    /// Where compiling starts to pay (measured with the benchmark corpus on two cores: at 1,000 pages interpreting was
    /// 6 % faster, at 10,000 pages 10 % slower).
    /// </summary>
    public const int InterpretedUpToPages = 2000;

    /// <summary>
    /// False in a natively compiled program: there <c>Expression.Compile</c> interprets too, so every site is
    /// interpreted and the preview compiles nothing a second time.
    /// </summary>
    private static bool CanCompile => RuntimeFeature.IsDynamicCodeSupported;

    private readonly ThemeCompilations _themes = new(compileForLaterBuilds && CanCompile);

    /// <summary>The theme being compiled: the templates and the problems found, once done.</summary>
    public static readonly DataKey<Task<(ThemeTemplates Templates, ImmutableArray<Diagnostic> Problems)>> Compilation = new("themeCompilation");

    public StepDependencies Dependencies { get; } =
        StepDependencies.Reading(SiteValues.Inputs, SiteValues.Extensions).AndPublishing(Compilation);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var theme = context.Read(SiteValues.Inputs).ThemeWithOverrides;
        var helpers = context.Read(SiteValues.Extensions).TemplateHelpers;
        var partials = Sources(theme, "partials");
        var layouts = Sources(theme, "layouts");
        var texts = KeyOf(partials.Concat(layouts));
        var small = !CanCompile || SourceFiles.Visible(context.Read(SiteValues.Inputs).Content).Count(ContentPaths.IsPage) <= interpretUpToPages;
        var compilation = _themes.For(texts, small, interpret => CompileAll(theme, helpers, partials, layouts, interpret, renderDirectly));

        // Both modes render the same bytes: the fingerprint is the texts', so a switch renders nothing again.
        context.Publish(Compilation, compilation, sources: texts);
        return ValueTask.FromResult(input);
    }

    private static string KeyOf(IEnumerable<TemplateSource> templates) =>
        ContentHash.Of(templates.SelectMany(t => new[] { t.Key, t.Display, t.Text }));

    private static (ThemeTemplates, ImmutableArray<Diagnostic>) CompileAll(IContentSource theme, IReadOnlyList<TemplateHelper> helpers, ImmutableArray<TemplateSource> partials, ImmutableArray<TemplateSource> layouts, bool interpret, bool direct)
    {
        var problems = new List<Diagnostic>();
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            ExpressionNameResolver = new UpperCamelCaseExpressionNameResolver(),
            FormatProvider = CultureInfo.InvariantCulture,
            PartialTemplateResolver = null!,
        };
        configuration.ObjectDescriptorProviders.Add(new ViewMembers());
        if (interpret)
        {
            InterpretedExpressions.UseIn(configuration);
        }

        var handlebars = Handlebars.Create(configuration);
        foreach (var helper in helpers)
        {
            handlebars.RegisterHelper(helper.Name, (Context _, Arguments arguments) => helper.Invoke([.. arguments]));
        }

        var failed = !CheckPartialReferences(partials.Concat(layouts), partials.Select(p => p.Key).ToHashSet(StringComparer.Ordinal), problems);
        foreach (var partial in partials)
        {
            failed |= !Compile(partial, problems, text => handlebars.RegisterTemplate(partial.Key, text));
        }

        // One configuration shared by all layouts, compiled side by side.
        var shared = handlebars.CreateSharedEnvironment();
        var compiled = new System.Collections.Concurrent.ConcurrentDictionary<string, CompiledLayout>(StringComparer.Ordinal);
        var layoutProblems = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        Parallel.ForEach(layouts, layout =>
        {
            var sink = new List<Diagnostic>();
            if (!Compile(layout, sink, text => compiled[layout.Key] = CompiledLayout.Compile(shared, text, layout.Key == ThemeTemplates.BaseLayout ? "main" : "content", direct ? helpers : null)))
            {
                failed = true;
            }

            foreach (var problem in sink)
            {
                layoutProblems.Add(problem);
            }
        });
        problems.AddRange(layoutProblems.OrderBy(p => p.Location?.Path, StringComparer.Ordinal));

        if (!compiled.ContainsKey(ThemeTemplates.BaseLayout))
        {
            problems.Add(TemplateDiagnostics.BaseLayoutMissing(SourceLocation.FileOnly(theme.DisplayPath("layouts"))));
            failed = true;
        }

        var directTheme = direct
            ? new Direct.DirectTheme(
                partials.Select(p => (p.Key, Template: Direct.DirectTemplateParser.Parse(p.Compilable, helpers))).Where(p => p.Template is not null).ToImmutableDictionary(p => p.Key, p => p.Template!, StringComparer.Ordinal),
                configuration.TextEncoder!)
            : null;
        var templates = new ThemeTemplates(compiled.ToImmutableDictionary(StringComparer.Ordinal), layouts.ToImmutableDictionary(l => l.Key, StringComparer.Ordinal), partials, failed, directTheme);
        return (templates, [.. problems]);
    }

    private static ImmutableArray<TemplateSource> Sources(IContentSource theme, string folder) =>
        [.. theme.List(folder).Files
            .Where(f => f.EndsWith(".hbs", StringComparison.Ordinal))
            .Select(f =>
            {
                var path = SourcePathOf(folder, f);
                return new TemplateSource(f[..^4], theme.DisplayPath(path), TextFiles.Decode(theme.ReadAllBytes(path)));
            })];

    private static string SourcePathOf(string folder, string file) => folder + "/" + file;

    /// <summary>Every <c>{{> name}}</c> must name a partial of the theme.</summary>
    private static bool CheckPartialReferences(IEnumerable<TemplateSource> templates, IReadOnlySet<string> partials, List<Diagnostic> problems)
    {
        var ok = true;
        foreach (var template in templates)
        {
            foreach (Match call in PartialCall().Matches(template.Text))
            {
                if (!partials.Contains(call.Groups[1].Value))
                {
                    problems.Add(TemplateDiagnostics.PartialMissing(template.At(call.Index), call.Groups[1].Value, partials));
                    ok = false;
                }
            }
        }

        return ok;
    }

    /// <summary>Compiles one template; false (with a diagnostic at its file and, where Handlebars gives it, line) when it is broken.</summary>
    private static bool Compile(TemplateSource template, List<Diagnostic> problems, Action<string> compile)
    {
        if (TemplateBlocks.FindUnbalanced(template) is { } unbalanced)
        {
            problems.Add(unbalanced);
            return false;
        }

        try
        {
            compile(template.Compilable);
            return true;
        }
        catch (Exception exception) when (exception is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            // Handlebars.Net reports most template mistakes as HandlebarsException, some (e.g. an empty block) as InvalidOperationException.
            var position = ErrorPosition().Match(exception.Message);
            var line = position.Success ? int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var column = position.Groups[2].Success ? int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            problems.Add(TemplateDiagnostics.SyntaxError(new SourceLocation(template.Display, line, column), exception));
            return false;
        }
    }

    [GeneratedRegex(@"\{\{~?>\s*([A-Za-z0-9_./-]+)")]
    private static partial Regex PartialCall();

    [GeneratedRegex(@"(?:line:?|Occured at:)\s*(\d+)(?:(?:.*?(?:column|char):?\s*|:)(\d+))?", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorPosition();
}
