using System.Collections.Concurrent;
using Galeri.StudiTiru;

namespace Galeri.Incremental;

/// <summary>
/// QR codes encoded in this session, by the text they hold. An entry's page and its studi tiru data
/// show the same code, encoded once per build (a quarter of a cached 10,000-entry build's planning
/// went to encoding each address twice); <c>galeri serve</c> keeps them between rebuilds, and a kept
/// code being the same object lets an entry's model be reused (<see cref="ModelMemo"/>).
/// </summary>
internal sealed class QrMemo
{
    private readonly ConcurrentDictionary<string, QrMatrix> _codes = new(StringComparer.Ordinal);

    public QrMatrix Of(string text) => _codes.GetOrAdd(text, QrMatrix.Encode);
}
