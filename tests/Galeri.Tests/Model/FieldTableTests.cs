using Galeri.Model;

namespace Galeri.Tests.Model;

/// <summary>
/// A field added to a table without documentation of its own still gets a row that says what may be
/// written: adding a setting (a <c>kontak</c> group in site.yml, say) stays one declaration.
/// </summary>
public class FieldTableTests
{
    [Fact]
    public void A_group_without_doc_text_lists_its_keys()
    {
        var contact = new Field("kontak", FieldType.Group, "Kontak lembaga.")
        {
            Fields =
            [
                new("unit", FieldType.Text, "Unit kerja."),
                new("email", FieldType.Email, "Surel lembaga."),
                new("telepon", FieldType.Phone, "Telepon kantor."),
            ],
        };
        var table = FieldTable.Markdown([contact]);
        Assert.Contains("| `kontak` | Opsional | Berisi `unit`, `email`, `telepon` |", table);
    }

    [Fact]
    public void A_number_range_and_an_address_are_said_in_Indonesian()
    {
        var table = FieldTable.Markdown(
        [
            new("peserta", FieldType.Integer, "Jumlah peserta.") { Minimum = 1, Maximum = 500, Required = true },
            new("situs", FieldType.Url, "Situs resmi."),
        ]);
        Assert.Contains("| `peserta` | Wajib | Bilangan bulat 1–500 |", table);
        Assert.Contains("| `situs` | Opsional | Alamat lengkap diawali `https://` |", table);
    }
}
