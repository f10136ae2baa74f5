using Galeri.Yaml;

namespace Galeri.Site;

/// <summary>Reads <c>lisensi</c> in site.yml: <c>nama</c> (required), <c>judul</c>, <c>alamat</c>.</summary>
public static class DataLicenseParser
{
    public static readonly IReadOnlyList<string> Fields = ["nama", "judul", "alamat"];

    public static DataLicense? Read(FieldReader fields)
    {
        fields.RejectUnknownKeys(Fields);
        var name = fields.Text("nama", required: true);
        var license = new DataLicense(name ?? "", fields.Text("judul"), fields.Url("alamat"));
        return name is null ? null : license;
    }
}
