using System.Globalization;
using Galeri.Search;

namespace Galeri.Tests.Search;

/// <summary>
/// The search numbers entries by name, and the list shown before any query is in that order: names
/// compared as a reader would (case and accents aside, as the invariant culture compares them), equal
/// names by slug. The order is made from each name's sort key; these names, from another region's
/// catalog and with the marks OPD staff type, must come out as comparing the names themselves does.
/// </summary>
public class EntryNumberOrderTests
{
    private static readonly (string Name, string Slug)[] Entries =
    [
        ("Sistem Informasi Desa (SID) Sleman", "sid-sleman"), ("sistem informasi desa", "sid-bantul"),
        ("Ékspedisi Sampah Terpadu", "ekspedisi-sampah"), ("Ekspedisi sampah terpadu", "ekspedisi-sampah-2"),
        ("Lapor Mas Bupati!", "lapor-mas"), ("Lapor-Mas Bupati", "lapor-mas-2"), ("Lapor Mas Bupati", "lapor-mas-3"),
        ("e-Kinerja ASN", "e-kinerja"), ("E Kinerja ASN", "e-kinerja-2"), ("eKinerja", "ekinerja"),
        ("1000 Kebun Gizi", "seribu-kebun"), ("100 Hari Kerja", "seratus-hari"), ("Z-Score Balita", "z-score"),
        ("'Ngopi' Bareng Camat", "ngopi"), ("Ngopi Bareng Camat", "ngopi-2"), ("Çatatan Sipil Keliling", "catatan-sipil"),
        ("Catatan Sipil Keliling", "catatan-sipil-2"), ("ÄMÄN (Aplikasi Mandiri)", "aman"), ("Aman Bencana", "aman-bencana"),
        ("Si Bahenol", "si-bahenol"), ("SI-BAHENOL 2.0", "si-bahenol-2"), ("Sibahenol", "sibahenol"), ("sí bahenol", "si-bahenol-3"),
        ("Gerakan Ayo Sekolah", "ayo-sekolah"), ("Gerakan  Ayo Sekolah", "ayo-sekolah-2"), ("Ğerakan Ayo Sekolah", "ayo-sekolah-3"),
        ("Taman Baca Masyarakat", "tbm"), ("Taman Baca Masyarakat", "tbm-0"), ("Taman Bacaan", "taman-bacaan"), ("Tamanbaca", "tamanbaca"),
    ];

    [Fact]
    public void Entries_are_numbered_as_comparing_their_names_orders_them()
    {
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var expected = Enumerable.Range(0, Entries.Length).ToArray();
        Array.Sort(expected, (a, b) =>
        {
            var byName = compare.Compare(Entries[a].Name, Entries[b].Name, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
            return byName != 0 ? byName : string.CompareOrdinal(Entries[a].Slug, Entries[b].Slug);
        });

        var order = SearchFiles.NameOrder([.. Entries.Select(e => e.Name)], [.. Entries.Select(e => e.Slug)]);

        Assert.Equal(expected.Select(i => Entries[i].Slug), order.Select(i => Entries[i].Slug));
    }

    [Fact]
    public void Names_that_differ_only_in_case_or_accents_are_ordered_by_slug()
    {
        var order = SearchFiles.NameOrder(["Ékspedisi Sampah", "ekspedisi sampah", "EKSPEDISI SAMPAH"], ["c", "a", "b"]);
        Assert.Equal([1, 2, 0], order);
    }
}
