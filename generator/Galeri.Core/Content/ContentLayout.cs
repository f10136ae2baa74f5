namespace Galeri.Content;

/// <summary>Where things live in the content folder: the contract with the OPDs (see content/README.md).</summary>
internal static class ContentLayout
{
    public const string SiteFile = "site.yml";
    public const string OpdFile = "opd.yml";
    public const string UrusanFile = "referensi/urusan.yml";
    public const string SynonymFile = "referensi/sinonim.yml";
    public const string InnovationsFolder = "inovasi";
    public const string InnovationFile = "index.md";
    public const string VisitsFolder = "kunjungan";
    public const string PagesFolder = "halaman";

    /// <summary>The entry folder (its slug) of a file under <c>inovasi/</c>: "inovasi/data-go/index.md" → "data-go".</summary>
    public static string EntryFolderOf(string relativePath) => relativePath.Split('/')[^2];
}
