using System.IO.Hashing;
using System.Runtime.InteropServices;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Entries.Sections;
using Galeri.Yaml;

namespace Galeri.Incremental;

/// <summary>
/// One entry file's readings through a <see cref="SyntaxStore"/>: taken from it when kept, else made
/// (<see cref="EntrySyntax.Direct"/>) and added. A reading's key is the entry's (<see cref="SyntaxStore.EntryKey"/>,
/// which covers the texts passed here: both are cut from the file's text) with the reading's own small arguments.
/// </summary>
internal sealed class StoredEntrySyntax(SyntaxStore store, UInt128 entryKey) : IEntrySyntax
{
    private bool _counted;

    public YamlMap? ReadMap(string text, string file, int lineOffset, DiagnosticBag diagnostics, string firstRequiredField) =>
        Reading(KeyOf("map", lineOffset, file, firstRequiredField), diagnostics, SyntaxCodec.ReadMap, SyntaxCodec.Write,
            own => EntrySyntax.Direct.ReadMap(text, file, lineOffset, own, firstRequiredField));

    public IReadOnlyList<BodySection> Split(string body, int lineOffset, string file, DiagnosticBag diagnostics, Func<string, string, string?>? pictures) =>
        Reading(KeyOf(pictures is null ? "body" : "body with pictures", lineOffset, file, ""), diagnostics, SyntaxCodec.ReadSections, SyntaxCodec.Write,
            own => EntrySyntax.Direct.Split(body, lineOffset, file, own, pictures));

    /// <summary>The reading kept under <paramref name="key"/> with its messages replayed; else made, with its messages, and added to the store.</summary>
    private T Reading<T>(UInt128 key, DiagnosticBag diagnostics, Func<byte[], int, (T Reading, IReadOnlyList<Diagnostic> Diagnostics)> decode,
        Func<T, IReadOnlyList<Diagnostic>, byte[]?> encode, Func<DiagnosticBag, T> make)
    {
        if (store.TryRead(key, decode, out var kept))
        {
            diagnostics.AddRange(kept.Diagnostics);
            return kept.Reading;
        }
        var (reading, messages) = DiagnosticBag.Collect(make);
        if (encode(reading, messages) is { } bytes) store.Add(key, bytes);
        if (!_counted)
        {
            _counted = true;
            store.CountRead();
        }
        diagnostics.AddRange(messages);
        return reading;
    }

    private UInt128 KeyOf(string reading, int lineOffset, string file, string argument)
    {
        var hash = new XxHash128();
        hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in entryKey)));
        hash.Append(BitConverter.GetBytes(lineOffset));
        foreach (var text in new[] { reading, file, argument })
        {
            hash.Append(BitConverter.GetBytes(text.Length));
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }
        return hash.GetCurrentHashAsUInt128();
    }
}
