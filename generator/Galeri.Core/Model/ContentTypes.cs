namespace Galeri.Model;

/// <summary>Every kind of content file, with the table that declares its fields.</summary>
internal static class ContentTypes
{
    public static readonly ContentType Innovation = new("inovasi", "Inovasi", InnovationFields.Entry, "InnovationFields.cs");
    public static readonly ContentType Visit = new("kunjungan", "Kunjungan studi tiru", VisitFields.Visit, "VisitFields.cs");
    public static readonly ContentType Opd = new("opd", "Daftar OPD", OpdFields.List, "OpdFields.cs");
    public static readonly ContentType Urusan = new("urusan", "Daftar urusan", UrusanFields.List, "UrusanFields.cs");
    public static readonly ContentType FreePage = new("halaman", "Halaman bebas", FreePageFields.Page, "FreePageFields.cs");
    public static readonly ContentType Site = new("situs", "Pengaturan situs", SiteFields.Site, "SiteFields.cs");

    public static IReadOnlyList<ContentType> All { get; } = [Innovation, Visit, Opd, Urusan, FreePage, Site];

    public static ContentType? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
