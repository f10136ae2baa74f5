using System.Collections.Concurrent;
using Galeri.Output;

namespace Galeri.Incremental;

/// <summary>
/// Files made from a record of inputs rather than rendered from a template (an entry's studi tiru
/// script), remembered as <see cref="PageMemo"/> remembers pages. Under <c>galeri serve</c> a file is
/// reused while its inputs are the same objects (<see cref="ModelMemo"/>). Under <c>galeri build</c>,
/// from one run to the next, by the fingerprint of its inputs kept in the build cache: a file whose
/// fingerprint is unchanged and which the output folder still holds as written is not made again.
/// </summary>
/// <param name="oneBuild">A one-build session (<c>galeri build</c>): fingerprints instead of kept objects.</param>
internal sealed class FileMemo(bool oneBuild)
{
    private readonly ModelMemo _byOwner = new(keep: !oneBuild);
    private readonly Dictionary<string, (UInt128 Fingerprint, OutputFile File)> _seeded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UInt128> _made = new(StringComparer.Ordinal);

    // Objects every entry's inputs share (the theme's strings, the site settings, an OPD) or that pages
    // show too (a card), and the entry itself: hashed once per build, not once per file.
    private readonly FingerprintMemo _shared = FingerprintMemo.ForModels();

    /// <summary>The fingerprint of every file made or reused by this build, by output path (for the build cache).</summary>
    public IReadOnlyDictionary<string, UInt128> Fingerprints => _made;

    /// <summary>Starts from files a previous run wrote (from the build cache), each still as written in the output folder.</summary>
    public void Seed(IEnumerable<(string Path, UInt128 Fingerprint, OutputFile File)> files)
    {
        foreach (var (path, fingerprint, file) in files) _seeded[path] = (fingerprint, file);
    }

    /// <summary>
    /// The file at <paramref name="path"/> made from <paramref name="inputs"/> alone: last time's file while
    /// the inputs are unchanged, else <paramref name="make"/>'s. Whatever <paramref name="make"/> reads must
    /// be a public member of the inputs, so that the fingerprint sees it; the generator's own version is part
    /// of every fingerprint.
    /// </summary>
    /// <param name="owner">What the file belongs to (an entry's source): under <c>serve</c>, the file lives as long as it does.</param>
    public OutputFile Reuse<TInputs>(object owner, string path, TInputs inputs, Func<TInputs, OutputFile> make) where TInputs : class
    {
        if (!oneBuild) return _byOwner.Reuse(owner, inputs, make);
        var fingerprint = ModelFingerprint.Of(_shared, BuildSession.GeneratorVersion, path, inputs);
        _made[path] = fingerprint;
        return _seeded.TryGetValue(path, out var last) && last.Fingerprint == fingerprint ? last.File : make(inputs);
    }
}
