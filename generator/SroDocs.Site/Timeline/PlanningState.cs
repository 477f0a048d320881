using System.Collections.Immutable;

namespace SroDocs.Site.Timeline;

/// <summary>A plan as it stood on a date (<see cref="Stand"/>); only one plan is the current one.</summary>
public sealed record PlanningState(string Id, string Title, DateOnly? Stand, string Source, bool Current, ImmutableArray<Milestone> Milestones);
