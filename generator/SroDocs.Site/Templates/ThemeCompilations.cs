using System.Collections.Concurrent;
using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;

namespace SroDocs.Site.Templates;

/// <summary>
/// The themes one <see cref="ReadTheme"/> step has compiled, by their template texts and mode, so further builds with
/// the same texts (each Fassung, each rebuild of the preview) reuse them. A small site gets its templates interpreted;
/// where later builds are expected (the preview), the first repeat starts the compiled theme in the background and
/// later builds take it once it is ready. At most <see cref="Kept"/> entries (about four themes) are kept.
/// </summary>
internal sealed class ThemeCompilations(bool compileForLaterBuilds)
{
    private const int Kept = 8;

    private readonly ConcurrentDictionary<(string Texts, bool Interpreted), Lazy<Task<(ThemeTemplates Templates, ImmutableArray<Diagnostic> Problems)>>> _themes = new();

    /// <param name="texts">The hash of the theme's template texts.</param>
    /// <param name="small">True for a site whose templates are better interpreted.</param>
    /// <param name="compile">Compiles the theme, interpreted (true) or compiled (false).</param>
    public Task<(ThemeTemplates Templates, ImmutableArray<Diagnostic> Problems)> For(string texts, bool small, Func<bool, (ThemeTemplates, ImmutableArray<Diagnostic>)> compile)
    {
        if (_themes.Count > Kept && !_themes.Keys.Any(key => key.Texts == texts))
        {
            _themes.Clear();
        }

        Task<(ThemeTemplates, ImmutableArray<Diagnostic>)> Compiling(bool interpreted) => _themes.GetOrAdd((texts, interpreted), _ =>
            new Lazy<Task<(ThemeTemplates, ImmutableArray<Diagnostic>)>>(() => Task.Run(() => compile(interpreted), CancellationToken.None))).Value;

        if (!small)
        {
            return Compiling(interpreted: false);
        }

        if (_themes.TryGetValue((texts, false), out var compiled) && compiled.IsValueCreated && compiled.Value.IsCompletedSuccessfully)
        {
            _themes.TryRemove((texts, true), out _);
            return compiled.Value;
        }

        if (compileForLaterBuilds && _themes.ContainsKey((texts, true)))
        {
            _ = Compiling(interpreted: false);
        }

        return Compiling(interpreted: true);
    }
}
