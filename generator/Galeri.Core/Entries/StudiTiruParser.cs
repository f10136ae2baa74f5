using Galeri.Model;
using Galeri.Yaml;

namespace Galeri.Entries;

/// <summary>
/// Reads the studi tiru fields of an entry's front matter (<c>anggaran</c>, <c>dasar_hukum</c>,
/// <c>dokumen</c>) as <see cref="InnovationFields"/> declares them. An item missing a required
/// value is reported and left out. Whether named files exist and are what they say is
/// <see cref="DocumentRules"/>' and <see cref="BundleRules"/>' work.
/// </summary>
internal static class StudiTiruParser
{
    private static readonly Field BudgetShape = InnovationFields.Get("anggaran").Item!;
    private static readonly Field LegalShape = InnovationFields.Get("dasar_hukum").Item!;
    private static readonly Field DocumentShape = InnovationFields.Get("dokumen").Item!;

    public static IReadOnlyList<Budget> Budgets(FieldReader fields)
    {
        var result = new List<Budget>();
        foreach (var item in fields.NestedList(InnovationFields.Entry, "anggaran"))
        {
            item.RejectUnknownKeys(BudgetShape);
            var year = item.Integer(BudgetShape, "tahun");
            var amount = item.Rupiah(BudgetShape, "nilai");
            var source = item.Choice(BudgetShape, "sumber");
            var note = item.Text(BudgetShape, "keterangan");
            if (year is { } y && amount is { } a && source is not null) result.Add(new Budget(y, a, source, note));
        }
        return result;
    }

    public static IReadOnlyList<LegalBasis> LegalBases(FieldReader fields)
    {
        var result = new List<LegalBasis>();
        foreach (var item in fields.NestedList(InnovationFields.Entry, "dasar_hukum"))
        {
            item.RejectUnknownKeys(LegalShape);
            var kind = item.Choice(LegalShape, "jenis");
            var number = item.Text(LegalShape, "nomor");
            var year = item.Integer(LegalShape, "tahun");
            var title = item.Text(LegalShape, "judul");
            var url = item.Url(LegalShape, "tautan");
            var file = item.Text(LegalShape, "berkas");
            if (kind is not null && number is not null && year is { } y && title is not null)
                result.Add(new LegalBasis(kind, number, y, title, url, file, item.PositionOf("berkas"), item.FieldName("berkas")));
        }
        return result;
    }

    public static IReadOnlyList<EntryDocument> Documents(FieldReader fields)
    {
        var result = new List<EntryDocument>();
        foreach (var item in fields.NestedList(InnovationFields.Entry, "dokumen"))
        {
            item.RejectUnknownKeys(DocumentShape);
            var title = item.Text(DocumentShape, "judul");
            var file = item.Text(DocumentShape, "berkas");
            var url = item.Url(DocumentShape, "tautan");
            if (title is not null) result.Add(new EntryDocument(title, file, url, item.PositionOf("berkas"), item.FieldName("berkas")));
        }
        return result;
    }
}
