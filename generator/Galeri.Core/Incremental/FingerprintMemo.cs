using System.Runtime.CompilerServices;

namespace Galeri.Incremental;

/// <summary>
/// Remembers the fingerprint of objects that many pages share (an entry's card appears in a dozen
/// listings), so each is hashed once per build instead of once per page that shows it.
/// </summary>
internal sealed class FingerprintMemo(params Type[] sharedTypes)
{
    private readonly Dictionary<Type, Func<object, object?>?> _types = sharedTypes.ToDictionary(t => t, _ => (Func<object, object?>?)null);
    private readonly ConditionalWeakTable<object, StrongBox<UInt128>> _fingerprints = new();

    /// <summary>
    /// Values of type <typeparamref name="T"/> are shared too, and fingerprinted by what they are made from,
    /// not by their members: for objects large to walk but made by a pure function of small inputs.
    /// </summary>
    public FingerprintMemo By<T>(Func<T, object?> madeFrom)
    {
        _types[typeof(T)] = value => madeFrom((T)value);
        return this;
    }

    /// <summary>
    /// The shared objects of page models and of made files' inputs: cards and page navigation (on many
    /// pages), the theme's strings, the site settings, OPDs and field declarations (in every entry's
    /// inputs), and entries themselves, fingerprinted by what their parse reads (their file's text and
    /// their bundle, as <see cref="ParseMemo"/> keys them) instead of by walking every parsed field:
    /// walking 10,000 entries cost about a second of a clean build.
    /// </summary>
    public static FingerprintMemo ForModels() =>
        new FingerprintMemo(typeof(Rendering.EntryCard), typeof(Listing.PaginationView), typeof(Theming.Strings), typeof(Site.SiteConfig),
                typeof(Opds.Opd), typeof(Model.Field))
            .By<Entries.Innovation>(entry => (entry.Source, entry.BundleFiles, entry.BundleFileTimes));

    public bool Covers(Type type) => _types.ContainsKey(type);

    public UInt128 GetOrAdd(object value, Func<object, UInt128> compute) =>
        _fingerprints.GetValue(value, v => new StrongBox<UInt128>(compute(_types[v.GetType()] is { } madeFrom ? madeFrom(v) ?? "" : v))).Value;
}
