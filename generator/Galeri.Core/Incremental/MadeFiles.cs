using System.IO.Hashing;
using Galeri.Output;

namespace Galeri.Incremental;

/// <summary>
/// Where <c>galeri build</c> puts a file it made (not a page) until the write phase, so that 50,000
/// entries' scripts and the large data files are not all held in memory: a file the output folder
/// already holds byte for byte is named as that file (the writer leaves it as it is), any other goes
/// to disk at once (<see cref="SpilledFiles"/>). Without a spill folder (<c>galeri serve</c>) files stay in memory.
/// </summary>
internal sealed class MadeFiles(string outputDirectory, IReadOnlyDictionary<string, (FileStamp Stamp, ulong Inode)> intact, SpilledFiles? spill)
{
    public OutputFile Keep(OutputFile file)
    {
        if (spill is null || file.Bytes is not { } bytes) return file;
        if (intact.TryGetValue(file.Path, out var found))
        {
            var content = XxHash128.HashToUInt128(bytes);
            if (found.Stamp.Content == content) return OutputFile.Copy(file.Path, Path.Combine(outputDirectory, file.Path)) with { Hash = content };
        }
        return spill.Keep(file);
    }
}
