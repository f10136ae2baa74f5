using System.Runtime.CompilerServices;

namespace Galeri.Incremental;

/// <summary>
/// Remembers the fingerprint of objects that many pages share (an entry's card appears in a dozen
/// listings), so each is hashed once per build instead of once per page that shows it.
/// </summary>
internal sealed class FingerprintMemo(params Type[] sharedTypes)
{
    private readonly HashSet<Type> _types = [.. sharedTypes];
    private readonly ConditionalWeakTable<object, StrongBox<UInt128>> _fingerprints = new();

    public bool Covers(Type type) => _types.Contains(type);

    public UInt128 GetOrAdd(object value, Func<object, UInt128> compute) =>
        _fingerprints.GetValue(value, v => new StrongBox<UInt128>(compute(v))).Value;
}
