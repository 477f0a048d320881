using System.Collections.Immutable;
using System.Diagnostics;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Fassungen;

namespace SroDocs.Site.Publishing;

/// <summary>
/// Builds the whole publication: the current state at the root and every frozen Fassung under its own prefix, each as
/// a build of its own with today's theme, into one staging that is committed only when no build has errors — so the
/// site always shows all editions or keeps the previous ones. Every Fassung is verified against its manifest first.
/// </summary>
public static class Publication
{
    /// <param name="cache">Where rendered Fassungen are kept between builds; null renders every Fassung.</param>
    /// <param name="memo">The current state's previous build with this definition, to take over unchanged pages (a preview); null renders all.</param>
    public static async Task<PublicationResult> BuildAsync(SiteDefinition site, SiteInputs current, IContentSource fassungen, FassungCache? cache = null, CancellationToken cancellationToken = default, Core.Pipelines.ChainMemo? memo = null)
    {
        var clock = Stopwatch.StartNew();
        var verification = new DiagnosticBag();
        var library = FassungLibrary.Read(fassungen, verification);
        var (editions, keys) = WithPdfs(Editions.Of(current.Content, library), current, cache);

        IOutputStaging staging;
        try
        {
            staging = current.Output.BeginStaging();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return PublicationResult.NotRun([OutputDiagnostics.OutputBusy(current.Output.Display, exception)]);
        }

        using (staging)
        {
            // The Fassungen first, so that the current state's sitemap lists their pages too; reported current state first.
            var builds = new List<EditionBuild>();
            foreach (var edition in editions.NewestFirst.Skip(1).Append(editions.Current))
            {
                var inputs = InputsFor(current, edition, editions, staging);
                if (edition.IsCurrent)
                {
                    inputs = inputs with { Edition = inputs.Edition! with { FassungPages = [.. builds.SelectMany(b => b.Result.SitemapEntries)] } };
                }

                var key = keys.GetValueOrDefault(edition.Key);
                var result = key is null || cache is null
                    ? await site.BuildAsync(inputs, edition.IsCurrent ? memo : null, cancellationToken)
                    : await BuildCachedAsync(site, inputs, edition, key, staging, cache, cancellationToken);
                if (edition.PdfPath is { } pdf && cache!.TryLoadPdf(edition.Key, key!) is { } bytes)
                {
                    staging.Write(pdf.TrimStart('/'), bytes);
                    result = result with { FilesWritten = result.FilesWritten + 1 };
                }

                builds.Insert(edition.IsCurrent ? 0 : builds.Count, new EditionBuild(edition, result, key));
            }

            var diagnostics = verification.ToSortedArray().AddRange(builds.SelectMany(b => b.Result.Diagnostics));
            var failed = diagnostics.Any(d => d.Severity == Severity.Error) || (current.WarningsAsErrors && diagnostics.Any(d => d.Severity == Severity.Warning));
            if (!failed && current.Search is { } search)
            {
                try
                {
                    if (staging.FinishWrites() is { } folder && await Search.SearchIndexer.IndexAsync(search, folder, cancellationToken) is { } indexProblem)
                    {
                        diagnostics = diagnostics.Add(indexProblem);
                        failed = true;
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    diagnostics = diagnostics.Add(OutputDiagnostics.WriteFailed(SourceLocation.FileOnly(current.Output.Display), exception));
                    failed = true;
                }
            }

            var written = 0;
            if (!failed)
            {
                try
                {
                    staging.Commit();
                    written = builds.Sum(b => b.Result.FilesWritten);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    diagnostics = diagnostics.Add(OutputDiagnostics.WriteFailed(SourceLocation.FileOnly(current.Output.Display), exception));
                }
            }

            return new PublicationResult([.. builds], diagnostics, written, clock.Elapsed);
        }
    }

    /// <summary>A Fassung from the cache when its key matches (its files go into the staging as they are), else built and kept.</summary>
    private static async Task<SiteBuildResult> BuildCachedAsync(SiteDefinition site, SiteInputs inputs, Edition edition, string contentKey, IOutputStaging staging, FassungCache cache, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var key = edition.PdfPath is null ? contentKey : contentKey + "-pdf"; // the pages link the PDF where there is one
        var prefix = edition.UrlPrefix.TrimStart('/');
        if (cache.TryLoad(edition.Key, key) is { } kept)
        {
            foreach (var (path, bytes) in kept.Files)
            {
                staging.Write(prefix + path, bytes);
            }

            var written = kept.Files.Keys.Count(path => path != Output.OutputFolder.MarkerFile);
            return new SiteBuildResult([], written, kept.Pages, clock.Elapsed, new Core.Pipelines.PipelineOutputs(), null) { FromCache = true, SitemapEntries = kept.Sitemap };
        }

        var recording = new RecordingOutput(inputs.Output);
        var result = await site.BuildAsync(inputs with { Output = recording }, cancellationToken);
        if (result.Diagnostics.IsEmpty && result.Written)
        {
            cache.Store(edition.Key, key, recording.Files, result.Pages, result.SitemapEntries);
        }

        return result;
    }

    /// <summary>
    /// The key of each Fassung's rendering (with a cache), and the editions with the PDFs that were made for exactly
    /// that rendering: a Fassung links its PDF only when the PDF shows what the Fassung's pages show.
    /// </summary>
    private static (Editions Editions, IReadOnlyDictionary<string, string> Keys) WithPdfs(Editions editions, SiteInputs current, FassungCache? cache)
    {
        if (cache is null)
        {
            return (editions, new Dictionary<string, string>());
        }

        var keys = editions.Fassungen.ToDictionary(e => e.Key, e => FassungCache.KeyOf(e, editions, InputsFor(current, e, editions, DiscardOutput.Instance.BeginStaging())), StringComparer.Ordinal);
        var fassungen = editions.Fassungen
            .Select(e => cache.HasPdf(e.Key, keys[e.Key]) ? e with { PdfPath = e.SitePath("/" + FassungCache.PdfName(e.Key)) } : e)
            .ToImmutableArray();
        return (editions with { Fassungen = fassungen }, keys);
    }

    /// <summary>The inputs of one edition's build: the current state as given, a Fassung from its frozen folder under its prefix.</summary>
    private static SiteInputs InputsFor(SiteInputs current, Edition edition, Editions editions, IOutputStaging staging)
    {
        var context = new EditionContext(editions, edition);
        if (edition.Fassung is not { } fassung)
        {
            return current with { Output = new NestedOutput(staging, "", current.Output.Display), Edition = context };
        }

        return new SiteInputs(edition.Content, current.ThemeWithOverrides)
        {
            UrlPrefix = current.UrlPrefix.TrimEnd('/') + edition.UrlPrefix,
            ReferenceDate = fassung.Manifest.EingefrorenAm,
            BaseUrl = current.BaseUrl,
            Output = new NestedOutput(staging, edition.UrlPrefix.TrimStart('/'), current.Output.Display),
            WarningsAsErrors = current.WarningsAsErrors,
            Search = current.Search,
            KeepPhaseOutputs = current.KeepPhaseOutputs,
            Edition = context,
        };
    }
}

/// <summary>One edition's build within a publication; <paramref name="CacheKey"/> identifies a Fassung's rendering (with a cache).</summary>
public sealed record EditionBuild(Edition Edition, SiteBuildResult Result, string? CacheKey);

/// <summary>The outcome of a publication build: every edition's build (the current state first), all diagnostics, and what was committed.</summary>
public sealed record PublicationResult(ImmutableArray<EditionBuild> Builds, ImmutableArray<Diagnostic> Diagnostics, int FilesWritten, TimeSpan Elapsed)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public bool Written => FilesWritten > 0;

    public int Pages => Builds.Sum(b => b.Result.Pages);

    public DiagnosticSummary Summary => DiagnosticSummary.Of(Diagnostics);

    /// <summary>The build of the current state; null when nothing was built.</summary>
    public SiteBuildResult? Current => Builds.IsEmpty ? null : Builds[0].Result;

    /// <summary>The Fassungen that were built, oldest first.</summary>
    public IEnumerable<Fassung> Fassungen => Builds.Select(b => b.Edition.Fassung).OfType<Fassung>().Reverse();

    public static PublicationResult NotRun(ImmutableArray<Diagnostic> diagnostics) => new([], diagnostics, 0, TimeSpan.Zero);
}
