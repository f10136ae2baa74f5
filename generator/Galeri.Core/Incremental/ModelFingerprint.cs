using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Galeri.Incremental;

/// <summary>
/// A 128-bit hash of everything a template can see in a value: strings, numbers, dates, lists,
/// and the public properties and fields of objects, walked recursively. Two page models with the
/// same fingerprint render to the same HTML, so a page whose fingerprint did not change since the
/// last build is not rendered again. Generic on purpose: a page builder cannot forget to declare a
/// dependency, because the fingerprint is taken of exactly what it hands the template.
/// </summary>
internal sealed class ModelFingerprint
{
    private const int MaxDepth = 48;

    // What is known of each type, looked up once per object: its tag, whether it is a primitive, its members.
    private static readonly ConcurrentDictionary<Type, TypeShape> Shapes = new();

    private readonly XxHash128 _hash = new();
    private readonly FingerprintMemo? _memo;

    private ModelFingerprint(FingerprintMemo? memo) => _memo = memo;

    /// <summary>The fingerprint of the values, in order.</summary>
    public static UInt128 Of(FingerprintMemo? memo, params ReadOnlySpan<object?> values)
    {
        var fingerprint = new ModelFingerprint(memo);
        foreach (var value in values) fingerprint.Add(value, 0);
        return fingerprint._hash.GetCurrentHashAsUInt128();
    }

    private void Add(object? value, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException("Model too deep to fingerprint (a cycle?).");
        switch (value)
        {
            case null: Tag(0); return;
            case string s: Tag(1); Int(s.Length); _hash.Append(MemoryMarshal.AsBytes(s.AsSpan())); return;
            case bool b: Tag(b ? 2UL : 3UL); return;
            case int i: Tag(4); Int(i); return;
            case long l: Tag(5); Long(l); return;
            case decimal m: Tag(6); Span<int> bits = stackalloc int[4]; decimal.GetBits(m, bits); _hash.Append(MemoryMarshal.AsBytes(bits)); return;
            case double d: Tag(7); Long(BitConverter.DoubleToInt64Bits(d)); return;
            case DateOnly date: Tag(8); Int(date.DayNumber); return;
            case DateTime time: Tag(9); Long(time.Ticks); return;
            case UInt128 inner: Tag(10); Span<UInt128> one = [inner]; _hash.Append(MemoryMarshal.AsBytes(one)); return;
            case Enum e: Tag(11); Long(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture)); return;
            case byte[] bytes: Tag(18); Int(bytes.Length); _hash.Append(bytes); return;
            // Structs whose public members do not tell their values apart: a Guid's are its version and variant
            // only, so the generator's version (a Guid) used to leave every page's fingerprint unchanged.
            case Guid guid: Tag(19); Span<byte> guidBytes = stackalloc byte[16]; guid.TryWriteBytes(guidBytes); _hash.Append(guidBytes); return;
            case TimeSpan span: Tag(20); Long(span.Ticks); return;
            case TimeOnly clock: Tag(21); Long(clock.Ticks); return;
            case DateTimeOffset moment: Tag(22); Long(moment.Ticks); Long(moment.Offset.Ticks); return;
            case IDictionary dictionary:
                Tag(12);
                foreach (DictionaryEntry entry in dictionary) { Add(entry.Key, depth + 1); Add(entry.Value, depth + 1); }
                Tag(13);
                return;
            case IEnumerable items:
                Tag(14);
                foreach (var item in items) Add(item, depth + 1);
                Tag(15);
                return;
        }
        var type = value.GetType();
        var shape = ShapeOf(type);
        if (shape.Primitive) { Tag(16); Long(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); return; }
        if (_memo is not null && _memo.Covers(type))
        {
            Tag(17);
            var inner = _memo.GetOrAdd(value, v => Of(null, v));
            Span<UInt128> one = [inner];
            _hash.Append(MemoryMarshal.AsBytes(one));
            return;
        }
        Tag(shape.Tag);
        foreach (var member in shape.Members) Add(member(value), depth + 1);
    }

    private void Tag(ulong tag) => Long((long)tag);

    private void Int(int value)
    {
        Span<int> one = [value];
        _hash.Append(MemoryMarshal.AsBytes(one));
    }

    private void Long(long value)
    {
        Span<long> one = [value];
        _hash.Append(MemoryMarshal.AsBytes(one));
    }

    /// <summary>What the fingerprint walks of a type: whether it is a primitive, and its public members in a stable order (shared with <see cref="ModelComparison"/>).</summary>
    internal static TypeShape ShapeOf(Type type) => Shapes.GetOrAdd(type, TypeShape.Of);

    internal sealed record TypeShape(ulong Tag, bool Primitive, Func<object, object?>[] Members)
    {
        public static TypeShape Of(Type type) =>
            new(XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(type.FullName ?? type.Name)), type.IsPrimitive, type.IsPrimitive ? [] : Accessors(type));
    }

    /// <summary>Compiled getters for the public instance properties and fields, in a stable (name) order.</summary>
    private static Func<object, object?>[] Accessors(Type type)
    {
        var instance = Expression.Parameter(typeof(object));
        var typed = Expression.Convert(instance, type);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            // A span (a by-ref-like type) cannot be boxed: a compiled getter for one is an invalid program. Such a
            // property views data the object also shows otherwise (SourceFile's bytes are its Text).
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && !p.PropertyType.IsByRefLike)
            .Select(p => (p.Name, Access: (Expression)Expression.Property(typed, p)));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => (f.Name, Access: (Expression)Expression.Field(typed, f)));
        return properties.Concat(fields)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => Expression.Lambda<Func<object, object?>>(Expression.Convert(m.Access, typeof(object)), instance).Compile())
            .ToArray();
    }
}
