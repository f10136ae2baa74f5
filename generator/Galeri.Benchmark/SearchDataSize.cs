using System.IO.Compression;

namespace Galeri.Benchmark;

/// <summary>Bytes of the search index and store as written, and as a server would send them gzipped.</summary>
public static class SearchDataSize
{
    public static (long Raw, long Gzipped) Of(string searchFolder)
    {
        long raw = 0, gzipped = 0;
        foreach (var file in new[] { "index.js", "store.js" }.Select(f => Path.Combine(searchFolder, f)).Where(File.Exists))
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
