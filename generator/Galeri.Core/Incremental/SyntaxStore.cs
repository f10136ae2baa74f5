using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Galeri.Content;
using Galeri.Entries;
using Galeri.FileSystem;
using Galeri.Output;
using Microsoft.Win32.SafeHandles;

namespace Galeri.Incremental;

/// <summary>
/// The entry files' readings (<see cref="IEntrySyntax"/>: front matter as a YAML tree, body as
/// sections, each with its messages) kept by <c>galeri build</c> in
/// <c>.galeri-cache/&lt;name&gt;/sintaks.bin</c>, keyed by everything a reading depends on (<see cref="EntryKey"/>).
/// Reading every file's YAML and Markdown again was two thirds of a cached build's parse phase.
/// <para>
/// The file is a log: a header naming the generator version (the readers are its code), then records
/// (key, length, bytes, a hash of the bytes), each appended as soon as it is made. A record cut short
/// (a killed build) ends the log; one whose hash does not match is not used, and the reading made
/// again. When more than half the file is records this build did not use, it is written again
/// with only those it did. A damaged or foreign file thus costs only the time it would have saved.
/// </para>
/// </summary>
internal sealed class SyntaxStore : IDisposable
{
    public const string FileName = "sintaks.bin";

    private const int Head = 20; // key (16 bytes), length (4)
    private const int Tail = 8; // XxHash64 of the bytes

    private static readonly byte[] Header = Encoding.ASCII.GetBytes("galeri-sintaks 1 " + BuildSession.GeneratorVersion.ToString("N") + "\n");

    private readonly string _path;
    private readonly SafeFileHandle _file;
    private readonly Dictionary<UInt128, (long Offset, int Length)> _records;
    private readonly ConcurrentDictionary<UInt128, (long Offset, int Length)> _used = new();
    private long _end;
    private int _entriesRead;
    private volatile bool _failed;

    private SyntaxStore(string path, SafeFileHandle file, Dictionary<UInt128, (long, int)> records, long end)
    {
        _path = path;
        _file = file;
        _records = records;
        _end = end;
    }

    /// <summary>Entries with a reading made anew in this build (not found in the store).</summary>
    public int EntriesRead => _entriesRead;

    /// <summary>What an entry file's readings depend on: its text, its paths (in messages and picture links) and its bundle's files (<see cref="ContentParser.EntryBundleStamp"/>).</summary>
    public static UInt128 EntryKey(SourceFile file, string bundleStamp)
    {
        var hash = new XxHash128();
        hash.Append(BitConverter.GetBytes(file.Utf8().Length));
        hash.Append(file.Utf8());
        foreach (var text in new[] { file.DisplayPath, file.FullPath, bundleStamp })
        {
            hash.Append(BitConverter.GetBytes(text.Length));
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The readings of the entry file <paramref name="entryKey"/> stands for, through this store.</summary>
    public IEntrySyntax For(UInt128 entryKey) => _failed ? EntrySyntax.Direct : new StoredEntrySyntax(this, entryKey);

    /// <summary>The store at <paramref name="path"/>, made empty when it is missing, foreign or a link; null when it cannot be opened.</summary>
    public static SyntaxStore? Open(string path)
    {
        SafeFileHandle? file = null;
        try
        {
            if (Links.IsLink(path)) SafeDelete.Entry(path); // never read or written through
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            var (records, end) = Scan(file);
            if (end < 0)
            {
                RandomAccess.SetLength(file, 0);
                RandomAccess.Write(file, Header, 0);
                end = Header.Length;
            }
            else if (end < RandomAccess.GetLength(file)) RandomAccess.SetLength(file, end); // a record cut short
            return new SyntaxStore(path, file, records, end);
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            file?.Dispose();
            return null;
        }
    }

    /// <returns>The records and where the last whole one ends; -1 when the header is not this generator's.</returns>
    private static (Dictionary<UInt128, (long, int)> Records, long End) Scan(SafeFileHandle file)
    {
        var records = new Dictionary<UInt128, (long, int)>();
        var length = RandomAccess.GetLength(file);
        var header = new byte[Header.Length];
        if (length < Header.Length || RandomAccess.Read(file, header, 0) < Header.Length || !header.AsSpan().SequenceEqual(Header))
            return (records, -1);
        var buffer = new byte[1 << 20];
        long at = Header.Length, bufferStart = 0;
        var bufferLength = 0;
        while (at + Head <= length)
        {
            if (at < bufferStart || at + Head > bufferStart + bufferLength)
            {
                bufferStart = at;
                bufferLength = RandomAccess.Read(file, buffer, at);
                if (bufferLength < Head) break;
            }
            var head = buffer.AsSpan((int)(at - bufferStart), Head);
            var key = new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(head), BinaryPrimitives.ReadUInt64LittleEndian(head[8..]));
            var size = BinaryPrimitives.ReadInt32LittleEndian(head[16..]);
            if (size < 0 || at + Head + size + Tail > length) break;
            records[key] = (at + Head, size);
            at += Head + size + Tail;
        }
        return (records, at);
    }

    /// <summary>The reading kept under <paramref name="key"/>, decoded; false when there is none or it is damaged.</summary>
    public bool TryRead<T>(UInt128 key, Func<byte[], int, T> decode, out T value)
    {
        value = default!;
        if (!_records.TryGetValue(key, out var place)) return false;
        try
        {
            var bytes = new byte[place.Length + Tail];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(_file, bytes.AsSpan(read), place.Offset + read);
                if (n == 0) return false;
                read += n;
            }
            if (XxHash64.HashToUInt64(bytes.AsSpan(0, place.Length)) != BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(place.Length))) return false;
            value = decode(bytes, place.Length);
        }
        catch (Exception e) when (e is IOException or FormatException or EndOfStreamException or DecoderFallbackException or ArgumentException)
        {
            return false;
        }
        _used[key] = place;
        return true;
    }

    /// <summary>Appends a reading made in this build.</summary>
    public void Add(UInt128 key, byte[] bytes)
    {
        if (_failed) return;
        var record = new byte[Head + bytes.Length + Tail];
        BinaryPrimitives.WriteUInt64LittleEndian(record, (ulong)(key >> 64));
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(8), (ulong)key);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(16), bytes.Length);
        bytes.CopyTo(record, Head);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(Head + bytes.Length), XxHash64.HashToUInt64(bytes));
        var at = Interlocked.Add(ref _end, record.Length) - record.Length;
        try
        {
            RandomAccess.Write(_file, record, at);
            _used[key] = (at + Head, bytes.Length);
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            _failed = true; // a full or limited disk: the rest of this build reads without the store, which is then emptied
        }
    }

    /// <summary>Counts an entry that had a reading made anew.</summary>
    public void CountRead() => Interlocked.Increment(ref _entriesRead);

    /// <summary>Closes the file: emptied after a failed write, written again with only this build's records when more than half of it is others.</summary>
    public void Dispose()
    {
        try
        {
            var used = _used.Values.Sum(p => (long)Head + p.Length + Tail);
            if (_failed) RandomAccess.SetLength(_file, 0);
            else if (_end - Header.Length - used > used) Compact();
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            SafeDelete.TryEntry(_path + ".tmp");
        }
        finally
        {
            _file.Dispose();
        }
    }

    /// <summary>The store is a cache: a disk that is full, read-only or over the process's file-size limit (EFBIG, which .NET reports as <see cref="ArgumentOutOfRangeException"/>) costs only its use, never the build.</summary>
    private static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException;

    private void Compact()
    {
        var temporary = _path + ".tmp";
        SafeDelete.Entry(temporary); // a name left by a killed build, or a link put there: replaced, never written through
        using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            copy.Write(Header);
            var buffer = new byte[1 << 16];
            foreach (var (offset, length) in _used.Values.OrderBy(p => p.Offset))
            {
                var size = Head + length + Tail;
                if (buffer.Length < size) buffer = new byte[size];
                for (var read = 0; read < size;)
                {
                    var n = RandomAccess.Read(_file, buffer.AsSpan(read, size - read), offset - Head + read);
                    if (n == 0) throw new IOException("The store ends before a record it holds.");
                    read += n;
                }
                copy.Write(buffer, 0, size);
            }
        }
        _file.Dispose();
        File.Move(temporary, _path, overwrite: true);
    }
}
