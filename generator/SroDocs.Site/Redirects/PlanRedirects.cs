using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Navigation;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Redirects;

/// <summary>
/// Turns every page's <c>aliases:</c> into redirect documents, once every page is known (Index phase, before the output
/// plan). An alias that is no site path, that takes a page's address or a Fassung's, that another alias already has, or
/// that would lead in a circle is an error at the alias itself, and no redirect is written for it.
/// </summary>
public sealed class PlanRedirects : IStep
{
    public StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs).AndAllDocuments();

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var pages = context.AllDocuments().Where(d => d.Metadata.Contains(SiteKeys.Page)).Select(d => d.Get(SiteKeys.Page)).ToList();
        var byUrl = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            byUrl.TryAdd(page.Url, page);
        }

        var fassungen = context.Read(SiteValues.Inputs).Edition?.Editions.Fassungen.Select(f => f.UrlPrefix).ToList() ?? [];
        var claimed = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var redirects = ImmutableArray.CreateBuilder<Document>();
        foreach (var page in pages.Where(p => p.FrontMatter is { Aliases.IsEmpty: false }))
        {
            foreach (var alias in page.FrontMatter!.Aliases)
            {
                if (Check(alias, page, byUrl, fassungen, claimed) is { } problem)
                {
                    context.Diagnostics.Add(problem);
                    continue;
                }

                var from = AliasPath.Normalize(alias.Value)!;
                claimed[from] = alias.Location;
                var redirect = new Redirect(from, page.Url, page.Title);
                redirects.Add(new Document(new GeneratedSource($"Weiterleitung {from} → {page.Url}"), Destination.File(ContentPaths.DestinationOf(from)), DocumentContent.Empty, Metadata.Empty.With(Redirect.Key, redirect))
                {
                    InputHash = ContentHash.Of($"{from}\n{page.Url}\n{page.Title}"),
                });
            }
        }

        return ValueTask.FromResult(input.AddRange(redirects));
    }

    private static Diagnostic? Check(Located<string> alias, PageEntry page, Dictionary<string, PageEntry> byUrl, List<string> fassungen, Dictionary<string, SourceLocation> claimed)
    {
        if (AliasPath.Normalize(alias.Value) is not { } from)
        {
            return FrontMatterDiagnostics.AliasInvalid(alias.Location, alias.Value);
        }

        if (from == page.Url)
        {
            return FrontMatterDiagnostics.AliasLoop(alias.Location, alias.Value, [page.Url]);
        }

        if (byUrl.TryGetValue(from, out var other))
        {
            return CircleBack(other, page, byUrl) is { } chain
                ? FrontMatterDiagnostics.AliasLoop(alias.Location, alias.Value, chain)
                : FrontMatterDiagnostics.AliasTakesPageAddress(alias.Location, alias.Value, other.Source.Display);
        }

        if (fassungen.FirstOrDefault(prefix => from.StartsWith(prefix, StringComparison.Ordinal)) is { } fassung)
        {
            return FrontMatterDiagnostics.AliasInsideFassung(alias.Location, alias.Value, fassung);
        }

        return claimed.TryGetValue(from, out var first) ? FrontMatterDiagnostics.AliasDuplicate(alias.Location, alias.Value, first) : null;
    }

    /// <summary>
    /// The circle an alias of <paramref name="page"/> on <paramref name="taken"/>'s address would close: whether the
    /// aliases of <paramref name="taken"/> (and of the pages they name, and so on) lead back to <paramref name="page"/>.
    /// Returns the pages' addresses along the circle, or null when there is none.
    /// </summary>
    private static List<string>? CircleBack(PageEntry taken, PageEntry page, Dictionary<string, PageEntry> byUrl)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [taken.Url] = page.Url };
        var pending = new Queue<PageEntry>([taken]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var alias in current.FrontMatter?.Aliases ?? [])
            {
                var next = AliasPath.Normalize(alias.Value);
                if (next == page.Url)
                {
                    var chain = new List<string>();
                    for (var at = current.Url; at != page.Url; at = previous[at])
                    {
                        chain.Add(at);
                    }

                    chain.Add(page.Url);
                    chain.Reverse();
                    chain.Add(page.Url);
                    return chain;
                }

                if (next is not null && byUrl.TryGetValue(next, out var target) && previous.TryAdd(target.Url, current.Url))
                {
                    pending.Enqueue(target);
                }
            }
        }

        return null;
    }
}
