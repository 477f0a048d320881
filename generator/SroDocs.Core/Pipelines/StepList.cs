using System.Collections;
using System.Collections.Immutable;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// The ordered steps of one phase of a pipeline, edited by type (after Markdig's <c>OrderedList</c>):
/// <c>Render.InsertBefore&lt;ApplyLayout&gt;(new MyStep())</c>. Adding a step of a type that is already
/// there does nothing, so extensions can register twice safely.
/// </summary>
public sealed class StepList : IEnumerable<IStep>
{
    private readonly List<IStep> _steps = [];

    public int Count => _steps.Count;

    public void Add(IStep step)
    {
        if (!Contains(step.GetType()))
        {
            _steps.Add(step);
        }
    }

    public bool Contains<T>()
        where T : IStep => Contains(typeof(T));

    public void InsertBefore<T>(IStep step)
        where T : IStep => Insert(IndexOf<T>(), step);

    public void InsertAfter<T>(IStep step)
        where T : IStep => Insert(IndexOf<T>() + 1, step);

    /// <summary>Replaces the step of type <typeparamref name="T"/> with <paramref name="step"/>.</summary>
    public void Replace<T>(IStep step)
        where T : IStep => _steps[IndexOf<T>()] = step;

    public bool Remove<T>()
        where T : IStep => _steps.RemoveAll(s => s is T) > 0;

    public ImmutableArray<IStep> ToImmutable() => [.. _steps];

    public IEnumerator<IStep> GetEnumerator() => _steps.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Insert(int index, IStep step)
    {
        if (!Contains(step.GetType()))
        {
            _steps.Insert(index, step);
        }
    }

    private bool Contains(Type type) => _steps.Any(s => s.GetType() == type);

    private int IndexOf<T>()
        where T : IStep
    {
        var index = _steps.FindIndex(s => s is T);
        return index >= 0 ? index : throw new InvalidOperationException($"No step of type {typeof(T).Name} in this phase.");
    }
}
