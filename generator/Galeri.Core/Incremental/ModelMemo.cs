using System.Collections.Concurrent;

namespace Galeri.Incremental;

/// <summary>
/// Page models kept from the last build, each with the inputs it was built from. A builder asks for
/// a model with its inputs; when every input is the same object (or equal string or number) as last
/// time, it gets last time's model back, the very same object, which <see cref="PageMemo"/> then
/// recognises without hashing it. Inputs must name everything the model is built from.
/// </summary>
public sealed class ModelMemo
{
    private ConcurrentDictionary<string, (object?[] Inputs, object Model)> _last = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (object?[] Inputs, object Model)> _next = new(StringComparer.Ordinal);

    public T Reuse<T>(string key, object?[] inputs, Func<T> build) where T : class
    {
        var model = _last.TryGetValue(key, out var known) && known.Model is T same && SameInputs(known.Inputs, inputs) ? same : build();
        _next[key] = (inputs, model);
        return model;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Known> _byOwner = new();

    /// <summary>
    /// As <see cref="Reuse{T}(string, object?[], Func{T})"/>, for a model that belongs to one object
    /// (an entry's page to the entry): kept as long as that object lives, with no key to hash.
    /// </summary>
    public T ReuseFor<T>(object owner, object?[] inputs, Func<T> build) where T : class
    {
        if (_byOwner.TryGetValue(owner, out var known) && known.Model is T same && SameInputs(known.Inputs, inputs)) return same;
        var model = build();
        _byOwner.AddOrUpdate(owner, new Known(inputs, model));
        return model;
    }

    private sealed record Known(object?[] Inputs, object Model);

    /// <summary>Ends a build: models not asked for in it are dropped.</summary>
    public void Advance()
    {
        _last = _next;
        // Sized for as many models as this build asked for: growing a concurrent dictionary locks it whole.
        _next = new ConcurrentDictionary<string, (object?[] Inputs, object Model)>(Environment.ProcessorCount, Math.Max(31, _last.Count * 2), StringComparer.Ordinal);
    }

    private static bool SameInputs(object?[] a, object?[] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (ReferenceEquals(a[i], b[i])) continue;
            if (a[i] is string or ValueType && Equals(a[i], b[i])) continue;
            return false;
        }
        return true;
    }
}
