using System.Runtime.CompilerServices;
using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Validation;

namespace Galeri.Incremental;

/// <summary>
/// The validate phase, remembered: each entry's own checks (<see cref="ContentValidator.CheckEntry"/>)
/// are kept from the last build and given again while what they read is the same: the entry (the same
/// object while its file and bundle are unchanged, see <see cref="ParseMemo"/>), the OPD and urusan
/// lists (the same objects while their files are unchanged; the lookups by code and whether each list
/// could be read are made from them) and the day. The checks across files run every time.
/// </summary>
internal sealed class ValidationMemo
{
    private readonly ConditionalWeakTable<Innovation, Checked> _checked = new();

    public void Validate(SiteContent content, DiagnosticBag diagnostics) => Validate(content, diagnostics, ContentValidator.Today);

    public void Validate(SiteContent content, DiagnosticBag diagnostics, DateOnly today)
    {
        Parallel.ForEach(content.Innovations, entry => diagnostics.AddRange(Check(entry, content, today)));
        ContentValidator.CheckAcross(content, diagnostics);
    }

    private IReadOnlyList<Diagnostic> Check(Innovation entry, SiteContent content, DateOnly today)
    {
        if (_checked.TryGetValue(entry, out var known) && ReferenceEquals(known.Opds, content.Opds) && ReferenceEquals(known.Urusan, content.Urusan) && known.Today == today)
            return known.Diagnostics;
        var diagnostics = DiagnosticBag.Collect(own =>
        {
            ContentValidator.CheckEntry(entry, content, today, own);
            return true;
        }).Diagnostics;
        _checked.AddOrUpdate(entry, new Checked(content.Opds, content.Urusan, today, diagnostics));
        return diagnostics;
    }

    private sealed record Checked(object Opds, object Urusan, DateOnly Today, IReadOnlyList<Diagnostic> Diagnostics);
}
