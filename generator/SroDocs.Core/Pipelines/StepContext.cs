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
    private readonly ConcurrentDictionary<Type, Lazy<object>> _once = new();

    internal StepContext(BuildContext build, IStep step, string pipeline, Phase phase)
    {
        _build = build;
        _dependencies = step.Dependencies;
        StepName = step.Name;
        Pipeline = pipeline;
        Phase = phase;
    }

    public string StepName { get; }

    public string Pipeline { get; }

    public Phase Phase { get; }

    public DiagnosticBag Diagnostics => _build.Diagnostics;

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

    public void Publish<T>(DataKey<T> key, T value)
        where T : notnull
    {
        EnsureDeclared(_dependencies.Publishes, key, "publishes");
        _build.Values.Publish(key, value);
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
