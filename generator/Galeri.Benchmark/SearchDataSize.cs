using System.IO.Compression;

namespace Galeri.Benchmark;

/// <summary>Bytes of the search data as written (every part under assets/search/), and as a server would send them gzipped.</summary>
public static class SearchDataSize
{
    public static (long Raw, long Gzipped, int Files) Of(string searchFolder)
    {
        if (!Directory.Exists(searchFolder)) return (0, 0, 0);
        long raw = 0, gzipped = 0;
        var files = Directory.GetFiles(searchFolder, "*.js", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            var (r, g) = OfFile(file);
            raw += r;
            gzipped += g;
        }
        return (raw, gzipped, files.Length);
    }

    public static (long Raw, long Gzipped) OfFile(string file)
    {
        var bytes = File.ReadAllBytes(file);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return (bytes.Length, buffer.Length);
    }
}
