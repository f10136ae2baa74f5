namespace Galeri.Output;

internal sealed class OutputFolderException(string path) : Exception(
    $"Folder keluaran \"{path}\" berisi berkas yang tidak dibuat oleh galeri, jadi tidak akan ditimpa. " +
    "Pilih folder kosong atau folder hasil build sebelumnya dengan --output.")
{
    public string OutputPath { get; } = path;
}
