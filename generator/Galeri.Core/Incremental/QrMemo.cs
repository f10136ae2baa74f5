using System.Collections.Concurrent;
using Galeri.StudiTiru;

namespace Galeri.Incremental;

/// <summary>
/// QR codes encoded in this session, by the text they hold. An entry's page and its studi tiru data
/// show the same code, encoded once per build (a quarter of a cached 10,000-entry build's planning
/// went to encoding each address twice); <c>galeri serve</c> keeps them between rebuilds, and a kept
/// code being the same object lets an entry's model be reused (<see cref="ModelMemo"/>).
/// <c>galeri build</c> starts from the codes its last run kept on disk (<see cref="QrStore"/>).
/// </summary>
internal sealed class QrMemo
{
    private readonly ConcurrentDictionary<string, QrMatrix> _codes = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, QrMatrix> _kept = new Dictionary<string, QrMatrix>();

    /// <summary>Codes a previous run kept: taken instead of encoded again.</summary>
    public void Seed(IReadOnlyDictionary<string, QrMatrix> kept) => _kept = kept;

    public QrMatrix Of(string text) => _codes.GetOrAdd(text, t => _kept.TryGetValue(t, out var kept) ? kept : QrMatrix.Encode(t));

    /// <summary>The codes this session used, by text (what the build keeps for the next run).</summary>
    public IEnumerable<KeyValuePair<string, QrMatrix>> Used => _codes;
}
