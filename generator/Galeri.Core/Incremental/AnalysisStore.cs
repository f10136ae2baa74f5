using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Galeri.Output;
using Galeri.Search.Lunr;

namespace Galeri.Incremental;

/// <summary>
/// The search analysis of the last <c>galeri build</c> into a folder, on disk
/// (<c>.galeri-cache/&lt;name&gt;/cari.bin</c>): each entry's analysed terms per field and its name's
/// terms, keyed by the hash of the very texts analysed (<see cref="KeyOf"/>). Tokenizing and stemming
/// every entry again was most of the search phase of a cached build (some 5 s at 50,000 entries); an
/// entry whose texts are unchanged now takes its terms from here. The generator's version is in the
/// header (the analyzer is its code), the last 8 bytes hash the rest, and a file that is not exactly
/// as written counts as empty: a damaged store costs only the time it would have saved.
/// </summary>
internal sealed class AnalysisStore
{
    public const string FileName = "cari.bin";

    private static readonly string Header = "galeri-cari 1 " + BuildSession.GeneratorVersion.ToString("N");

    private readonly byte[] _bytes;
    private readonly string[] _terms;
    private readonly Dictionary<UInt128, (int Offset, int Length)> _records;

    // Each of the file's terms looked up in the build's term table once, not once per document using it
    // (some 15 million lookups at 50,000 entries): the table's number plus one, 0 until looked up.
    private readonly int[] _ids;

    private AnalysisStore(byte[] bytes, string[] terms, Dictionary<UInt128, (int, int)> records)
    {
        _bytes = bytes;
        _terms = terms;
        _records = records;
        _ids = new int[terms.Length];
    }

    public static AnalysisStore Empty { get; } = new([], [], []);

    /// <summary>How many documents the store holds.</summary>
    public int Count => _records.Count;

    /// <summary>What identifies a document's analysis: its field texts, in order.</summary>
    public static UInt128 KeyOf(LunrDocument document)
    {
        var hash = new XxHash128();
        Span<int> length = [document.FieldTexts.Count];
        hash.Append(MemoryMarshal.AsBytes(length));
        foreach (var text in document.FieldTexts)
        {
            length[0] = text.Length;
            hash.Append(MemoryMarshal.AsBytes(length));
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The analysis kept for <paramref name="key"/>, its terms numbered by <paramref name="idOf"/>; false when there is none.</summary>
    /// <param name="idOf">A term's number in the table the build's index is assembled with (<see cref="TermTable.Id"/>); the same table at every call.</param>
    public bool TryGet(UInt128 key, Func<string, int> idOf, out DocumentTerms terms, out IReadOnlyList<string> nameTerms)
    {
        terms = null!;
        nameTerms = null!;
        if (!_records.TryGetValue(key, out var place)) return false;
        var reader = new BinaryReader(new MemoryStream(_bytes, place.Offset, place.Length, writable: false));
        var fields = new FieldTerms[reader.Read7BitEncodedInt()];
        for (var f = 0; f < fields.Length; f++)
        {
            var ids = new int[reader.Read7BitEncodedInt()];
            for (var i = 0; i < ids.Length; i++) ids[i] = IdOf(reader.Read7BitEncodedInt(), idOf);
            var counts = new int[ids.Length];
            for (var i = 0; i < counts.Length; i++) counts[i] = reader.Read7BitEncodedInt();
            fields[f] = new FieldTerms(ids, counts, reader.Read7BitEncodedInt());
        }
        var names = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < names.Length; i++) names[i] = _terms[reader.Read7BitEncodedInt()];
        terms = new DocumentTerms(fields);
        nameTerms = names;
        return true;
    }

    // Threads may look a term up at the same time: the table gives both the same number.
    private int IdOf(int term, Func<string, int> idOf)
    {
        var known = Volatile.Read(ref _ids[term]);
        if (known > 0) return known - 1;
        var id = idOf(_terms[term]);
        Volatile.Write(ref _ids[term], id + 1);
        return id;
    }

    /// <summary>The store in <paramref name="path"/>; empty when there is none or it cannot be trusted.</summary>
    public static AnalysisStore Load(string path)
    {
        try
        {
            if (!File.Exists(path)) return Empty;
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 8 || XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)) != BitConverter.ToUInt64(bytes, bytes.Length - 8))
                return Empty;
            var body = new MemoryStream(bytes, 0, bytes.Length - 8, writable: false);
            using var reader = new BinaryReader(body, Encoding.UTF8);
            if (reader.ReadString() != Header) return Empty;
            var terms = new string[reader.ReadInt32()];
            for (var t = 0; t < terms.Length; t++) terms[t] = reader.ReadString();
            var count = reader.ReadInt32();
            var records = new Dictionary<UInt128, (int, int)>(count);
            for (var r = 0; r < count; r++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var length = reader.ReadInt32();
                var offset = (int)body.Position;
                if (length < 0 || offset + length > body.Length) return Empty;
                records[key] = (offset, length);
                body.Position += length;
            }
            return new AnalysisStore(bytes, terms, records);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return Empty;
        }
    }

    /// <summary>A store's bytes (hash trailer included) holding <paramref name="documents"/>.</summary>
    /// <param name="termsById">The terms the numbers of <see cref="DocumentTerms"/> stand for (<see cref="TermTable.Snapshot"/>).</param>
    public static byte[] Write(IEnumerable<(UInt128 Key, DocumentTerms Terms, IReadOnlyList<string> NameTerms)> documents, IReadOnlyList<string> termsById)
    {
        // The file numbers its terms itself, in order of first use: the build's term table also holds
        // terms of entries since changed, and its numbers mean nothing to the next process. By the
        // table's number through an array: some 15 million occurrences at 50,000 entries.
        var numbers = new int[termsById.Count];
        var terms = new List<string>();
        int NumberOf(int id)
        {
            if (numbers[id] == 0)
            {
                terms.Add(termsById[id]);
                numbers[id] = terms.Count;
            }
            return numbers[id] - 1;
        }
        // A name's terms come as strings (they are the name field's terms, so in the table): a few per entry.
        Dictionary<string, int>? byTerm = null;
        int NumberOfTerm(string term)
        {
            byTerm ??= termsById.Select((t, id) => (t, id)).DistinctBy(t => t.t).ToDictionary(t => t.t, t => t.id, StringComparer.Ordinal);
            if (byTerm.TryGetValue(term, out var id)) return id >= 0 ? NumberOf(id) : -id - 1;
            terms.Add(term); // not in the table after all: numbered by the file alone (as -1 - its number)
            byTerm[term] = -terms.Count;
            return terms.Count - 1;
        }

        var records = new MemoryStream();
        var keys = new List<(UInt128 Key, int Length)>();
        using (var record = new BinaryWriter(records, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var (key, analysis, nameTerms) in documents)
            {
                var start = records.Length;
                record.Write7BitEncodedInt(analysis.Fields.Count);
                foreach (var field in analysis.Fields)
                {
                    record.Write7BitEncodedInt(field.Ids.Length);
                    foreach (var id in field.Ids) record.Write7BitEncodedInt(NumberOf(id));
                    foreach (var count in field.Counts) record.Write7BitEncodedInt(count);
                    record.Write7BitEncodedInt(field.Length);
                }
                record.Write7BitEncodedInt(nameTerms.Count);
                foreach (var term in nameTerms) record.Write7BitEncodedInt(NumberOfTerm(term));
                record.Flush();
                keys.Add((key, (int)(records.Length - start)));
            }
        }

        var file = new MemoryStream();
        using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Header);
            writer.Write(terms.Count);
            foreach (var term in terms) writer.Write(term);
            writer.Write(keys.Count);
            var at = 0;
            var recordBytes = records.GetBuffer();
            foreach (var (key, length) in keys)
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                writer.Write(length);
                writer.Write(recordBytes, at, length);
                at += length;
            }
            writer.Flush();
            writer.Write(XxHash64.HashToUInt64(file.GetBuffer().AsSpan(0, (int)file.Length)));
        }
        return file.ToArray();
    }

    /// <summary>Replaces the file with <paramref name="bytes"/> (written beside, then renamed over, so a killed build leaves the old file or the new one).</summary>
    public static void Save(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        SafeDelete.Entry(temporary); // a name left by a killed build, or a link put there: replaced, never written through
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            file.Write(bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
