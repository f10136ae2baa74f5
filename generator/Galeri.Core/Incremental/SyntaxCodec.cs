using System.Text;
using Galeri.Diagnostics;
using Galeri.Entries.Sections;
using Galeri.Yaml;

namespace Galeri.Incremental;

/// <summary>
/// An entry file's readings (<see cref="Entries.IEntrySyntax"/>) as bytes and back, for <see cref="SyntaxStore"/>:
/// a front matter's YAML tree or a body's sections, each with the messages reading it gave. What reads back
/// is equal, value for value, to what was written.
/// </summary>
internal static class SyntaxCodec
{
    private const byte NoNode = 0, MapNode = 1, ScalarNode = 2, SequenceNode = 3;

    // Strict: a text UTF-8 cannot hold as it is (a lone surrogate, which a YAML escape can make) would
    // read back as another text; such a reading is not kept.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The bytes, or null when the reading holds something this codec does not know (it is then not kept).</returns>
    public static byte[]? Write(YamlMap? map, IReadOnlyList<Diagnostic> diagnostics) =>
        Encode(writer =>
        {
            WriteDiagnostics(writer, diagnostics);
            return WriteNode(writer, map);
        });

    public static byte[]? Write(IReadOnlyList<BodySection> sections, IReadOnlyList<Diagnostic> diagnostics) =>
        Encode(writer =>
        {
            WriteDiagnostics(writer, diagnostics);
            writer.Write7BitEncodedInt(sections.Count);
            foreach (var section in sections)
            {
                writer.Write(section.Kind?.Key ?? "");
                writer.Write(section.Title);
                writer.Write(section.Id);
                // As BinaryWriter writes a string (length, then UTF-8), from the bytes the section holds.
                writer.Write7BitEncodedInt(section.Utf8Html().Length);
                writer.Write(section.Utf8Html());
                writer.Write(section.Line);
            }
            return true;
        });

    public static (YamlMap? Map, IReadOnlyList<Diagnostic> Diagnostics) ReadMap(byte[] bytes, int length)
    {
        using var reader = Reader(bytes, length);
        var diagnostics = ReadDiagnostics(reader);
        return (ReadNode(reader) switch
        {
            null => null,
            YamlMap map => map,
            _ => throw new FormatException("not a map"),
        }, diagnostics);
    }

    public static (IReadOnlyList<BodySection> Sections, IReadOnlyList<Diagnostic> Diagnostics) ReadSections(byte[] bytes, int length)
    {
        using var reader = Reader(bytes, length);
        var diagnostics = ReadDiagnostics(reader);
        var sections = new BodySection[reader.Read7BitEncodedInt()];
        for (var i = 0; i < sections.Length; i++)
        {
            var key = reader.ReadString();
            var kind = key.Length == 0 ? null : SectionKind.All.FirstOrDefault(k => k.Key == key) ?? throw new FormatException("unknown section kind");
            var title = reader.ReadString();
            var id = reader.ReadString();
            var htmlLength = reader.Read7BitEncodedInt();
            var html = reader.ReadBytes(htmlLength);
            if (html.Length != htmlLength) throw new FormatException("section cut short");
            sections[i] = new BodySection(kind, title, id, html, reader.ReadInt32());
        }
        return (sections, diagnostics);
    }

    private static byte[]? Encode(Func<BinaryWriter, bool> write)
    {
        using var bytes = new MemoryStream();
        try
        {
            using var writer = new BinaryWriter(bytes, Strict, leaveOpen: true);
            if (!write(writer)) return null;
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
        return bytes.ToArray();
    }

    private static BinaryReader Reader(byte[] bytes, int length) => new(new MemoryStream(bytes, 0, length, writable: false), Strict);

    private static void WriteDiagnostics(BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.Write7BitEncodedInt(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            // A message's texts are escaped for the terminal when it is made; escaped texts escape to themselves,
            // so making it again from them gives the same message.
            writer.Write((byte)d.Severity);
            writer.Write(d.File);
            writer.Write(d.Line);
            writer.Write(d.Column);
            writer.Write(d.Field);
            writer.Write(d.Rule);
            writer.Write7BitEncodedInt(d.Arguments.Count);
            foreach (var argument in d.Arguments) writer.Write(argument);
        }
    }

    private static IReadOnlyList<Diagnostic> ReadDiagnostics(BinaryReader reader)
    {
        var diagnostics = new Diagnostic[reader.Read7BitEncodedInt()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var severity = (Severity)reader.ReadByte();
            if (!Enum.IsDefined(severity)) throw new FormatException("unknown severity");
            var (file, line, column, field, rule) = (reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), reader.ReadString());
            var arguments = new string[reader.Read7BitEncodedInt()];
            for (var a = 0; a < arguments.Length; a++) arguments[a] = reader.ReadString();
            diagnostics[i] = new Diagnostic(severity, file, line, column, field, rule, arguments);
        }
        return diagnostics;
    }

    private static bool WriteNode(BinaryWriter writer, YamlNode? node)
    {
        switch (node)
        {
            case null:
                writer.Write(NoNode);
                return true;
            case YamlScalar scalar:
                writer.Write(ScalarNode);
                WriteScalar(writer, scalar);
                return true;
            case YamlSequence sequence:
                writer.Write(SequenceNode);
                WritePosition(writer, sequence.Position);
                writer.Write7BitEncodedInt(sequence.Items.Count);
                return sequence.Items.All(item => WriteNode(writer, item));
            case YamlMap map:
                writer.Write(MapNode);
                WritePosition(writer, map.Position);
                writer.Write7BitEncodedInt(map.Entries.Count);
                foreach (var entry in map.Entries)
                {
                    WriteScalar(writer, entry.Key);
                    if (!WriteNode(writer, entry.Value)) return false;
                }
                writer.Write7BitEncodedInt(map.Unreadable.Count);
                foreach (var key in map.Unreadable.Order(StringComparer.Ordinal)) writer.Write(key);
                return true;
            default:
                return false;
        }
    }

    private static YamlNode? ReadNode(BinaryReader reader)
    {
        switch (reader.ReadByte())
        {
            case NoNode:
                return null;
            case ScalarNode:
                return ReadScalar(reader);
            case SequenceNode:
            {
                var position = ReadPosition(reader);
                var items = new YamlNode[reader.Read7BitEncodedInt()];
                for (var i = 0; i < items.Length; i++) items[i] = ReadNode(reader) ?? throw new FormatException("empty item");
                return new YamlSequence(items, position);
            }
            case MapNode:
            {
                var position = ReadPosition(reader);
                var entries = new YamlMapEntry[reader.Read7BitEncodedInt()];
                for (var i = 0; i < entries.Length; i++)
                    entries[i] = new YamlMapEntry(ReadScalar(reader), ReadNode(reader) ?? throw new FormatException("empty value"));
                var count = reader.Read7BitEncodedInt();
                if (count == 0) return new YamlMap(entries, position);
                var unreadable = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < count; i++) unreadable.Add(reader.ReadString());
                return new YamlMap(entries, position) { Unreadable = unreadable };
            }
            default:
                throw new FormatException("unknown node");
        }
    }

    private static void WriteScalar(BinaryWriter writer, YamlScalar scalar)
    {
        writer.Write(scalar.Value);
        writer.Write(scalar.IsPlain);
        WritePosition(writer, scalar.Position);
    }

    private static YamlScalar ReadScalar(BinaryReader reader) => new(reader.ReadString(), reader.ReadBoolean(), ReadPosition(reader));

    private static void WritePosition(BinaryWriter writer, SourcePosition position)
    {
        writer.Write7BitEncodedInt(position.Line);
        writer.Write7BitEncodedInt(position.Column);
    }

    private static SourcePosition ReadPosition(BinaryReader reader) => new(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
}
