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
    public static async Task<PublicationResult> BuildAsync(SiteDefinition site, SiteInputs current, IContentSource fassungen, FassungCache? cache = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var verification = new DiagnosticBag();
        var library = FassungLibrary.Read(fassungen, verification);
        var editions = Editions.Of(current.Content, library);

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
            var builds = ImmutableArray.CreateBuilder<EditionBuild>();
            foreach (var edition in editions.NewestFirst)
            {
                var inputs = InputsFor(current, edition, editions, staging);
                builds.Add(new EditionBuild(edition, edition.IsCurrent || cache is null
                    ? await site.BuildAsync(inputs, cancellationToken)
                    : await BuildCachedAsync(site, inputs, edition, editions, staging, cache, cancellationToken)));
            }

            var diagnostics = verification.ToSortedArray().AddRange(builds.SelectMany(b => b.Result.Diagnostics));
            var failed = diagnostics.Any(d => d.Severity == Severity.Error) || (current.WarningsAsErrors && diagnostics.Any(d => d.Severity == Severity.Warning));
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

            return new PublicationResult(builds.ToImmutable(), diagnostics, written, clock.Elapsed);
        }
    }

    /// <summary>A Fassung from the cache when its key matches (its files go into the staging as they are), else built and kept.</summary>
    private static async Task<SiteBuildResult> BuildCachedAsync(SiteDefinition site, SiteInputs inputs, Edition edition, Editions editions, IOutputStaging staging, FassungCache cache, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var key = FassungCache.KeyOf(edition, editions, inputs);
        var prefix = edition.UrlPrefix.TrimStart('/');
        if (cache.TryLoad(edition.Key, key) is { } kept)
        {
            foreach (var (path, bytes) in kept.Files)
            {
                staging.Write(prefix + path, bytes);
            }

            var written = kept.Files.Keys.Count(path => path != Output.OutputFolder.MarkerFile);
            return new SiteBuildResult([], written, kept.Pages, clock.Elapsed, new Core.Pipelines.PipelineOutputs(), null) { FromCache = true };
        }

        var recording = new RecordingOutput(inputs.Output);
        var result = await site.BuildAsync(inputs with { Output = recording }, cancellationToken);
        if (result.Diagnostics.IsEmpty && result.Written)
        {
            cache.Store(edition.Key, key, recording.Files, result.Pages);
        }

        return result;
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
            KeepPhaseOutputs = current.KeepPhaseOutputs,
            Edition = context,
        };
    }
}

/// <summary>One edition's build within a publication.</summary>
public sealed record EditionBuild(Edition Edition, SiteBuildResult Result);

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
