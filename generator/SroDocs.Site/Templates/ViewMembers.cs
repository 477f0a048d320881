using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Dynamic;
using System.Reflection;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.MemberAccessors.EnumerableAccessors;
using HandlebarsDotNet.ObjectDescriptors;
using HandlebarsDotNet.PathStructure;

namespace SroDocs.Site.Templates;

/// <summary>
/// How templates read views: the properties of a plain object, and the items of a list (<c>{{#each}}</c>, <c>list.[0]</c>)
/// besides its properties. Handlebars' own descriptors build generic methods per property type and per list type,
/// which a natively compiled program cannot do for value types (a <c>bool</c> property, an
/// <see cref="System.Collections.Immutable.ImmutableArray{T}"/>); these read through <see cref="PropertyInfo.GetValue(object)"/>
/// and <see cref="IList"/>, which work in both. Names match without regard to case, as in Handlebars. Dictionaries,
/// other sequences and dynamic objects stay with Handlebars.
/// </summary>
internal sealed class ViewMembers : IObjectDescriptorProvider
{
    /// <summary>One per type; Handlebars may hand an accessor an instance of another type (items of a mixed list).</summary>
    private static readonly ConcurrentDictionary<Type, Properties> Known = new();

    private static readonly ConcurrentDictionary<Type, ViewKind> Kinds = new();

    public bool TryGetDescriptor(Type type, [NotNullWhen(true)] out ObjectDescriptor? value)
    {
        value = Describe(type);
        return value is not null;
    }

    /// <summary>
    /// How a value of <paramref name="type"/> reads the member <paramref name="name"/> (of any case), as a template
    /// would; null where the type is Handlebars' own to read (text, numbers, dictionaries) or lacks the member.
    /// </summary>
    internal static MemberReader? ReaderOf(Type type, string name) =>
        KindOf(type) == ViewKind.HandlebarsOwn ? null : PropertiesOf(type).ReaderOf(name);

    /// <summary>True for a list a template iterates as <see cref="IList"/>.</summary>
    internal static bool IsList(Type type) => KindOf(type) == ViewKind.List;

    private static ObjectDescriptor? Describe(Type type)
    {
        switch (KindOf(type))
        {
            case ViewKind.List:
                var items = PropertiesOf(type);
                return new ObjectDescriptor(type, new MergedMemberAccessor(new ListItems(), items), (_, _) => items.Names, _ => new ListIterator<IList>());
            case ViewKind.Object:
                var properties = PropertiesOf(type);
                return new ObjectDescriptor(type, properties, (_, _) => properties.Names, self => new ObjectIterator(self));
            default:
                return null;
        }
    }

    private static ViewKind KindOf(Type type) => Kinds.GetOrAdd(type, static type =>
        type == typeof(string) || type.IsPrimitive || (type.IsArray && type.GetArrayRank() > 1)
        || typeof(IDictionary).IsAssignableFrom(type) || typeof(IDynamicMetaObjectProvider).IsAssignableFrom(type) || IsGenericDictionary(type)
            ? ViewKind.HandlebarsOwn
            : typeof(IList).IsAssignableFrom(type)
                ? ViewKind.List
                : type.IsValueType || typeof(IEnumerable).IsAssignableFrom(type) ? ViewKind.HandlebarsOwn : ViewKind.Object);

    private enum ViewKind
    {
        HandlebarsOwn,
        List,
        Object,
    }

    private static bool IsGenericDictionary(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));

    private static Properties PropertiesOf(Type type) => Known.GetOrAdd(type, t => new Properties(t));

    /// <summary><c>list.[2]</c>: Handlebars' index access over <see cref="IList"/>.</summary>
    private sealed class ListItems : EnumerableMemberAccessor;

    /// <summary>
    /// The members Handlebars would find, in its order: the type's public properties, then those of its interfaces
    /// (<c>count</c> of an array), then public fields. A getter's exception reaches the caller unwrapped.
    /// </summary>
    private sealed class Properties : IMemberAccessor
    {
        private const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;

        private readonly Type _type;
        private readonly FrozenDictionary<string, MemberReader> _byName;

        public Properties(Type type)
        {
            _type = type;
            var members = type.GetProperties(Public)
                .Concat(type.GetInterfaces().SelectMany(i => i.GetProperties(Public)))
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .Select(p => (p.Name, Read: Getter(p)))
                .Concat(type.GetFields(Public).Select(f => (f.Name, Read: (Func<object, object?>)f.GetValue)))
                .DistinctBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
                .ToArray();
            _byName = members.ToFrozenDictionary(m => m.Name, m => new MemberReader(type, m.Read), StringComparer.OrdinalIgnoreCase);
            Names = [.. members.Select(m => ChainSegment.Create(m.Name))];
        }

        public ChainSegment[] Names { get; }

        public MemberReader? ReaderOf(string name) => _byName.GetValueOrDefault(name);

        /// <summary>A property's getter; its exceptions reach the caller unwrapped.</summary>
        private static Func<object, object?> Getter(PropertyInfo property) =>
            instance => property.GetValue(instance, BindingFlags.DoNotWrapExceptions, null, null, null);

        public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
        {
            var type = instance.GetType();
            if (type != _type)
            {
                return PropertiesOf(type).TryGetValue(instance, memberName, out value);
            }

            if (_byName.TryGetValue(memberName.TrimmedValue, out var reader))
            {
                value = reader.Read(instance);
                return true;
            }

            value = null;
            return false;
        }
    }
}

/// <summary>How values of <paramref name="Type"/> read one member.</summary>
internal sealed record MemberReader(Type Type, Func<object, object?> Read);
