using System.IO.Hashing;
using Galeri.Output;

namespace Galeri.Incremental;

/// <summary>
/// Where <c>galeri build</c> puts a page or file it made until the write phase, so that 50,000
/// entries' pages, scripts and the large data files are not all held in memory: a file the output folder
/// already holds byte for byte is named as that file (the writer leaves it as it is), any other goes
/// to disk at once (<see cref="SpilledFiles"/>). Without a spill folder (<c>galeri serve</c>) files stay in memory.
/// </summary>
internal sealed class MadeFiles(string outputDirectory, IReadOnlyDictionary<string, (FileStamp Stamp, ulong Inode)> intact, SpilledFiles? spill)
{
    public OutputFile Keep(OutputFile file)
    {
        if (spill is null) return file;
        if (file.Writer is not null)
        {
            // Written to disk as it is made; when the output holds the same bytes, the written copy is left for the spill folder's deletion.
            var written = spill.KeepStreamed(file);
            return Unchanged(file.Path, written.Hash!.Value) ?? written;
        }
        if (file.Bytes is not { } bytes) return file;
        return (intact.ContainsKey(file.Path) ? Unchanged(file.Path, XxHash128.HashToUInt128(bytes)) : null) ?? spill.Keep(file);
    }

    /// <summary>The output's own file, when it holds these bytes: the writer leaves it as it is.</summary>
    private OutputFile? Unchanged(string path, UInt128 content) =>
        intact.TryGetValue(path, out var found) && found.Stamp.Content == content
            ? OutputFile.Copy(path, Path.Combine(outputDirectory, path)) with { Hash = content }
            : null;
}
