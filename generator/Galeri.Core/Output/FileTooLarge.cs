namespace Galeri.Output;

/// <summary>
/// .NET reports EFBIG (a write over the file system's or the process's file-size limit) as an
/// <see cref="ArgumentOutOfRangeException"/>; for the user it is a write failure like a full disk.
/// </summary>
internal static class FileTooLarge
{
    public static IOException Failure(string sitePath, ArgumentOutOfRangeException cause) =>
        new($"berkas \"{sitePath}\" terlalu besar untuk ditulis: melebihi batas ukuran berkas sistem atau proses", cause);
}
