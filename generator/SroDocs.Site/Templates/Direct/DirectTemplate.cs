using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using HandlebarsDotNet;

namespace SroDocs.Site.Templates.Direct;

/// <summary>
/// A template rendered straight from its syntax: text, values (<c>{{a.b}}</c>, <c>{{{a}}}</c>), the helpers a site
/// registers, <c>#if</c>, <c>#unless</c>, <c>#each</c> with <c>else</c>, and partials. Natively compiled, Handlebars.Net
/// interprets its expression trees and calls each of its methods by reflection; this renders the same bytes without
/// them. It covers the common case only: <see cref="DirectTemplateParser"/> gives no template for anything else, and a
/// page that meets what it does not know (a name the view lacks, a value that is neither text nor a whole number)
/// throws <see cref="NotDirectlyRenderable"/>, after which Handlebars renders the page and reports what is wrong.
/// </summary>
public sealed class DirectTemplate
{
    internal DirectTemplate(ImmutableArray<TemplateNode> nodes) => Nodes = nodes;

    /// <summary>A template that writes nothing.</summary>
    public static DirectTemplate Empty { get; } = new([]);

    private const int MaxPartialDepth = 20;


    internal ImmutableArray<TemplateNode> Nodes { get; }

    /// <summary>Writes the template for <paramref name="view"/>, with the partials and the escaping of <paramref name="theme"/>.</summary>
    /// <exception cref="NotDirectlyRenderable">The page needs Handlebars.</exception>
    public void Render(object view, TextWriter writer, DirectTheme theme) =>
        Write(Nodes, new Scope(view, null, 0), writer, theme);

    private static void Write(ImmutableArray<TemplateNode> nodes, Scope scope, TextWriter writer, DirectTheme theme)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text when writer is Output.Utf8PageWriter page:
                    page.WriteUtf8(text.Utf8);
                    break;
                case TextNode text:
                    writer.Write(text.Text);
                    break;
                case ValueNode value:
                    WriteValue(value.Path.Resolve(scope), value.Escaped, writer, theme);
                    break;
                case HelperNode helper:
                    WriteValue(helper.Helper.Invoke(ArgumentsOf(helper, scope)), helper.Escaped, writer, theme);
                    break;
                case ConditionNode condition:
                    Write(HandlebarsUtils.IsTruthyOrNonEmpty(condition.Path.Resolve(scope)) != condition.Negated ? condition.Body : condition.Inverse, scope, writer, theme);
                    break;
                case EachNode each:
                    WriteEach(each, scope, writer, theme);
                    break;
                case PartialNode partial:
                    // Loop variables of the caller are not passed on: where a partial needs them, Handlebars renders the page.
                    // So it does where partials nest deeper than any theme needs (a partial that includes itself).
                    if (!theme.Partials.TryGetValue(partial.Name, out var template) || scope.PartialDepth == MaxPartialDepth)
                    {
                        throw new NotDirectlyRenderable();
                    }

                    Write(template.Nodes, new Scope(scope.Value, null, scope.PartialDepth + 1), writer, theme);
                    break;
            }
        }
    }

    /// <summary>A helper's arguments (a method of its own: a lambda in <see cref="Write"/> would cost a closure on every call).</summary>
    private static object?[] ArgumentsOf(HelperNode helper, Scope scope)
    {
        var values = new object?[helper.Arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = helper.Arguments[i].Evaluate(scope);
        }

        return values;
    }

    private static void WriteEach(EachNode each, Scope scope, TextWriter writer, DirectTheme theme)
    {
        var target = each.Path.Resolve(scope);
        if (!HandlebarsUtils.IsTruthy(target))
        {
            Write(each.Inverse, scope with { Loop = null }, writer, theme);
            return;
        }

        if (target is not IList list || !ViewMembers.IsList(target.GetType()))
        {
            throw new NotDirectlyRenderable();
        }

        var count = list.Count;
        if (count == 0)
        {
            Write(each.Inverse, scope with { Loop = null }, writer, theme);
            return;
        }

        for (var index = 0; index < count; index++)
        {
            Write(each.Body, scope with { Value = list[index], Loop = new LoopPosition(index, count) }, writer, theme);
        }
    }

    /// <summary>As Handlebars.Net writes a value: nothing for null or empty text, text HTML-escaped unless in <c>{{{…}}}</c>.</summary>
    private static void WriteValue(object? value, bool escaped, TextWriter writer, DirectTheme theme)
    {
        switch (value)
        {
            case null:
                return;
            case string text when escaped:
                theme.Escaping.Encode(text, writer);
                return;
            case string text:
                writer.Write(text);
                return;
            case int number:
                writer.Write(number.ToString(CultureInfo.InvariantCulture));
                return;
            default:
                throw new NotDirectlyRenderable();
        }
    }
}

/// <summary>
/// What direct templates share: the theme's partials that are direct templates, and the escaping the theme's
/// Handlebars configuration uses (so both write the same entities).
/// </summary>
public sealed record DirectTheme(ImmutableDictionary<string, DirectTemplate> Partials, ITextEncoder Escaping);

/// <summary>Thrown where a page needs what <see cref="DirectTemplate"/> does not do; Handlebars then renders it.</summary>
public sealed class NotDirectlyRenderable : Exception
{
    public NotDirectlyRenderable()
        : base("Diese Seite rendert Handlebars.")
    {
    }
}

/// <summary>Where a template is rendered: the value <c>this</c> stands for, inside <c>#each</c> the position, and how deep in partials.</summary>
internal readonly record struct Scope(object? Value, LoopPosition? Loop, int PartialDepth);

internal readonly record struct LoopPosition(int Index, int Count);

internal abstract record TemplateNode;

internal sealed record TextNode(string Text) : TemplateNode
{
    /// <summary>The text encoded once, for a page written as UTF-8 (the theme's fixed text is most of every page).</summary>
    public byte[] Utf8 { get; } = System.Text.Encoding.UTF8.GetBytes(Text);
}

internal sealed record ValueNode(ValuePath Path, bool Escaped) : TemplateNode;

internal sealed record HelperNode(TemplateHelper Helper, ImmutableArray<HelperArgument> Arguments, bool Escaped) : TemplateNode;

internal sealed record ConditionNode(ValuePath Path, bool Negated, ImmutableArray<TemplateNode> Body, ImmutableArray<TemplateNode> Inverse) : TemplateNode;

internal sealed record EachNode(ValuePath Path, ImmutableArray<TemplateNode> Body, ImmutableArray<TemplateNode> Inverse) : TemplateNode;

internal sealed record PartialNode(string Name) : TemplateNode;

/// <summary>An argument of a helper: a value of the view, or a text in quotes.</summary>
internal abstract record HelperArgument
{
    public abstract object? Evaluate(Scope scope);
}

internal sealed record PathArgument(ValuePath Path) : HelperArgument
{
    public override object? Evaluate(Scope scope) => Path.Resolve(scope);
}

internal sealed record TextArgument(string Text) : HelperArgument
{
    public override object? Evaluate(Scope scope) => Text;
}

/// <summary>The loop variables a template may use inside <c>#each</c>.</summary>
internal enum LoopVariable
{
    Index,
    First,
    Last,
}

/// <summary>
/// What a value in a template names: <c>this</c>, a loop variable (<c>@index</c>), or members one after another
/// (<c>page.title</c>). A name the value does not have, or a member of nothing, is Handlebars' to report.
/// </summary>
internal sealed class ValuePath
{
    private readonly ImmutableArray<MemberRead> _members;
    private readonly LoopVariable? _variable;

    private ValuePath(ImmutableArray<MemberRead> members, LoopVariable? variable)
    {
        _members = members;
        _variable = variable;
    }

    public static ValuePath This { get; } = new([], null);

    public static ValuePath Of(LoopVariable variable) => new([], variable);

    public static ValuePath Of(IEnumerable<string> members) => new([.. members.Select(m => new MemberRead(m))], null);

    public object? Resolve(Scope scope)
    {
        if (_variable is { } variable)
        {
            return scope.Loop is { } loop
                ? variable switch
                {
                    LoopVariable.Index => loop.Index,
                    LoopVariable.First => loop.Index == 0,
                    _ => loop.Index == loop.Count - 1,
                }
                : throw new NotDirectlyRenderable();
        }

        var value = scope.Value;
        foreach (var member in _members)
        {
            value = member.From(value);
        }

        return value;
    }

    /// <summary>One member read, remembering how the last type seen reads it.</summary>
    private sealed class MemberRead(string name)
    {
        private MemberReader? _last;

        public object? From(object? instance)
        {
            if (instance is null)
            {
                throw new NotDirectlyRenderable();
            }

            var type = instance.GetType();
            var reader = _last;
            if (reader is null || reader.Type != type)
            {
                reader = ViewMembers.ReaderOf(type, name) ?? throw new NotDirectlyRenderable();
                _last = reader;
            }

            return reader.Read(instance);
        }
    }
}
