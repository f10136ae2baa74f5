using System.Runtime.CompilerServices;
using Galeri.Diagnostics;
using Galeri.Entries;

namespace Galeri.Validation;

/// <summary>
/// Each entry's own checks, kept from the last build: an entry that is the same object, checked
/// against the same OPD and urusan lists on the same day, gives the same messages.
/// </summary>
public sealed class ValidationMemo
{
    private readonly ConditionalWeakTable<Innovation, Checked> _checked = new();

    public IReadOnlyList<Diagnostic> Check(Innovation entry, object opds, object urusan, DateOnly today, Func<IReadOnlyList<Diagnostic>> check)
    {
        if (_checked.TryGetValue(entry, out var known) && ReferenceEquals(known.Opds, opds) && ReferenceEquals(known.Urusan, urusan) && known.Today == today)
            return known.Diagnostics;
        var diagnostics = check();
        _checked.AddOrUpdate(entry, new Checked(opds, urusan, today, diagnostics));
        return diagnostics;
    }

    private sealed record Checked(object Opds, object Urusan, DateOnly Today, IReadOnlyList<Diagnostic> Diagnostics);
}
