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

    public YamlMap? ReadMap(string text, string file, int lineOffset, DiagnosticBag diagnostics, string firstRequiredField)
    {
        var key = KeyOf("map", lineOffset, file, firstRequiredField);
        if (store.TryRead(key, SyntaxCodec.ReadMap, out var kept))
        {
            diagnostics.AddRange(kept.Diagnostics);
            return kept.Map;
        }
        var (map, messages) = DiagnosticBag.Collect(own => EntrySyntax.Direct.ReadMap(text, file, lineOffset, own, firstRequiredField));
        Made(key, SyntaxCodec.Write(map, messages));
        diagnostics.AddRange(messages);
        return map;
    }

    public IReadOnlyList<BodySection> Split(string body, int lineOffset, string file, DiagnosticBag diagnostics, Func<string, string, string?>? pictures)
    {
        var key = KeyOf(pictures is null ? "body" : "body with pictures", lineOffset, file, "");
        if (store.TryRead(key, SyntaxCodec.ReadSections, out var kept))
        {
            diagnostics.AddRange(kept.Diagnostics);
            return kept.Sections;
        }
        var (sections, messages) = DiagnosticBag.Collect(own => EntrySyntax.Direct.Split(body, lineOffset, file, own, pictures));
        Made(key, SyntaxCodec.Write(sections, messages));
        diagnostics.AddRange(messages);
        return sections;
    }

    private void Made(UInt128 key, byte[]? bytes)
    {
        if (bytes is not null) store.Add(key, bytes);
        if (_counted) return;
        _counted = true;
        store.CountRead();
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
