using System.IO.Compression;

namespace Galeri.Benchmark;

/// <summary>Bytes of the search index and store as written, and as a server would send them gzipped.</summary>
public static class SearchDataSize
{
    private static readonly string[] Files = ["index.js", "store.js"];

    public static (long Raw, long Gzipped) Of(string searchFolder)
    {
        long raw = 0, gzipped = 0;
        foreach (var file in Files.Select(f => Path.Combine(searchFolder, f)).Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(file);
            raw += bytes.Length;
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
            gzipped += buffer.Length;
        }
        return (raw, gzipped);
    }
}
