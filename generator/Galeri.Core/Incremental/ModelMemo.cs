using System.Collections;
using System.Runtime.CompilerServices;

namespace Galeri.Incremental;

/// <summary>
/// Models kept from the last build, each with the inputs it was built from, by the object it belongs
/// to (an entry's page model to the entry). Asked again with inputs that are all the same objects (or
/// equal strings or numbers), it gives last time's model back, the very same object, which
/// <see cref="PageMemo"/> then recognises without hashing it. Inputs must name everything the model is
/// built from. Kept as long as the owner lives: a changed file gives a new owner.
/// </summary>
/// <param name="keep">False in a one-build session: every model is built and handed on, none is kept.</param>
internal sealed class ModelMemo(bool keep = true)
{
    private readonly ConditionalWeakTable<object, Known> _byOwner = new();

    public T Reuse<T>(object owner, object?[] inputs, Func<T> build) where T : class
    {
        if (!keep) return build();
        if (_byOwner.TryGetValue(owner, out var known) && known.Model is T same && SameInputs(known.Inputs, inputs)) return same;
        var model = build();
        _byOwner.AddOrUpdate(owner, new Known(inputs, model));
        return model;
    }

    /// <summary>
    /// Reuses last build's model while every member of <paramref name="inputs"/> is the same (the very
    /// same object, an equal string or value, or a list of such). <paramref name="build"/> gets only
    /// the inputs, so whatever it reads is a member and is compared: nothing can be left out by hand.
    /// </summary>
    /// <typeparam name="TInputs">A record of everything the model is made from.</typeparam>
    public T Reuse<TInputs, T>(object owner, TInputs inputs, Func<TInputs, T> build) where TInputs : class where T : class =>
        keep ? Reuse(owner, Flatten(inputs), () => build(inputs)) : build(inputs);

    /// <summary>
    /// The model for a page, as <see cref="Reuse{TInputs, T}"/>; in a one-build session not made at all but
    /// deferred (<see cref="Rendering.DeferredModel{TInputs}"/>): made by the renderer only if the page's
    /// inputs changed since the last run.
    /// </summary>
    public object ReuseOrDefer<TInputs, T>(object owner, TInputs inputs, Func<TInputs, T> build) where TInputs : class where T : class =>
        keep ? Reuse(owner, inputs, build) : new Rendering.DeferredModel<TInputs>(inputs, build);

    // Each inputs type's members through the getters ModelFingerprint compiles (one per public member, in name
    // order): reflection's GetValue, per member of every entry's inputs twice a rebuild, cost 50-100 ms at 50,000.
    private static object?[] Flatten(object inputs)
    {
        var members = ModelFingerprint.ShapeOf(inputs.GetType()).Members;
        var flat = new List<object?>(members.Length * 2);
        foreach (var member in members)
        {
            var value = member(inputs);
            if (value is IEnumerable items and not string)
            {
                // A list is compared item by item (it is usually made anew each build), and by length.
                var count = 0;
                foreach (var item in items) { flat.Add(item); count++; }
                flat.Add(count);
            }
            else flat.Add(value);
        }
        return [.. flat];
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
