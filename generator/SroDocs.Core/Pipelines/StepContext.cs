using System.Collections.Concurrent;
using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// What one step sees of a build: the values it declared, the diagnostics, and (when declared) every
/// pipeline's documents. Reading or publishing an undeclared value is a programming error and throws.
/// </summary>
public sealed class StepContext
{
    private readonly BuildContext _build;
    private readonly StepDependencies _dependencies;
    private readonly ConcurrentDictionary<Type, Lazy<object>> _once;
    private readonly DiagnosticBag _diagnostics;

    internal StepContext(BuildContext build, IStep step, string pipeline, Phase phase)
    {
        _build = build;
        _dependencies = step.Dependencies;
        _once = new();
        _diagnostics = build.Diagnostics;
        StepName = step.Name;
        Pipeline = pipeline;
        Phase = phase;
    }

    private StepContext(StepContext shared, DiagnosticBag diagnostics)
    {
        _build = shared._build;
        _dependencies = shared._dependencies;
        _once = shared._once;
        _diagnostics = diagnostics;
        StepName = shared.StepName;
        Pipeline = shared.Pipeline;
        Phase = shared.Phase;
    }

    public string StepName { get; }

    public string Pipeline { get; }

    public Phase Phase { get; }

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>The documents a non-document step was given, as a fingerprint; null for document steps and in a run without a memo (its values need no fingerprints).</summary>
    internal Func<string>? InputDocuments { get; init; }

    public T Read<T>(DataKey<T> key)
    {
        EnsureDeclared(_dependencies.Reads, key, "reads");
        return _build.Values.Get(key);
    }

    /// <summary>A declared value that an earlier step may have left unpublished (because its input was broken).</summary>
    public bool TryRead<T>(DataKey<T> key, out T value)
    {
        EnsureDeclared(_dependencies.Reads, key, "reads");
        return _build.Values.TryGet(key, out value);
    }

    /// <summary>
    /// Publishes a value with a fingerprint made from the step, the fingerprints of the values it reads and the
    /// documents it was given. A step of the Read phase reads files itself: its value has a fingerprint only when it says
    /// what it read (<paramref name="sources"/>, a hash of those files).
    /// </summary>
    public void Publish<T>(DataKey<T> key, T value, string? sources = null)
        where T : notnull
    {
        EnsureDeclared(_dependencies.Publishes, key, "publishes");
        _build.Values.Publish(key, value, FingerprintOf(key, sources));
    }

    /// <summary>This step's context with diagnostics going to <paramref name="diagnostics"/> (one document's, to remember them).</summary>
    internal StepContext WithDiagnostics(DiagnosticBag diagnostics) => new(this, diagnostics);

    private string? FingerprintOf(IDataKey key, string? sources)
    {
        if ((Phase == Phase.Read && sources is null) || InputDocuments is null || _build.Values.FingerprintOf(_dependencies.Reads) is not { } reads)
        {
            return null;
        }

        return ContentHash.Of([Pipeline, Phase.ToString(), StepName, key.Name, sources ?? "", InputDocuments(), reads]);
    }

    /// <summary>The latest documents of every pipeline (declared with <see cref="StepDependencies.ReadsAllDocuments"/>).</summary>
    public ImmutableArray<Document> AllDocuments()
    {
        if (!_dependencies.ReadsAllDocuments)
        {
            throw new InvalidOperationException($"Step '{StepName}' reads every pipeline's documents without declaring it.");
        }

        return _build.Outputs.AllLatest();
    }

    /// <summary>
    /// A value computed once per step and build, shared by the documents processed in parallel
    /// (e.g. a resolver built from the site index). Steps keep no state of their own.
    /// </summary>
    public T Once<T>(Func<StepContext, T> create)
        where T : class =>
        (T)_once.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(this), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private void EnsureDeclared(ImmutableArray<IDataKey> declared, IDataKey key, string verb)
    {
        if (!declared.Contains(key))
        {
            throw new InvalidOperationException($"Step '{StepName}' {verb} '{key.Name}' without declaring it in its Dependencies.");
        }
    }
}
