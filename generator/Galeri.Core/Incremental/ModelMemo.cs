using System.Runtime.CompilerServices;

namespace Galeri.Incremental;

/// <summary>
/// Models kept from the last build, each with the inputs it was built from, by the object it belongs
/// to (an entry's page model to the entry). Asked again with inputs that are all the same objects (or
/// equal strings or numbers), it gives last time's model back, the very same object, which
/// <see cref="PageMemo"/> then recognises without hashing it. Inputs must name everything the model is
/// built from. Kept as long as the owner lives: a changed file gives a new owner.
/// </summary>
public sealed class ModelMemo
{
    private readonly ConditionalWeakTable<object, Known> _byOwner = new();

    public T Reuse<T>(object owner, object?[] inputs, Func<T> build) where T : class
    {
        if (_byOwner.TryGetValue(owner, out var known) && known.Model is T same && SameInputs(known.Inputs, inputs)) return same;
        var model = build();
        _byOwner.AddOrUpdate(owner, new Known(inputs, model));
        return model;
    }

    private sealed record Known(object?[] Inputs, object Model);

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
