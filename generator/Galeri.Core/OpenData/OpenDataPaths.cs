namespace Galeri.OpenData;

/// <summary>Where the open-data files are published: one folder, ready to upload to a CKAN portal (Satu Data) as it is.</summary>
internal static class OpenDataPaths
{
    public const string Folder = "data";
    public const string Json = Folder + "/inovasi.json";
    public const string Csv = Folder + "/inovasi.csv";
    public const string Package = Folder + "/datapackage.json";
}
