using Galeri.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Galeri.Yaml;

/// <summary>
/// Reads YAML into a small tree of <see cref="YamlNode"/>s with file positions. Written over
/// YamlDotNet's event parser (not its object model) so that positions are exact, duplicate keys
/// are reported instead of thrown, and aliases are refused: entries come from many hands, and
/// aliases are how a few lines of YAML blow up into gigabytes.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>
    /// How deep maps and lists may nest. Real files need 3 (<c>dampak: - sebelum: 5</c>); the reader
    /// recurses per level, and 30,000 levels of "[[[[" would otherwise end the process with a stack overflow.
    /// </summary>
    public const int MaxDepth = 20;

    /// <param name="lineOffset">Lines before <paramref name="text"/> in the file (front matter starts after '---').</param>
    /// <returns>The root node, or null when the text is empty or could not be read (a diagnostic says why).</returns>
    public static YamlNode? Read(string text, string file, int lineOffset, DiagnosticBag diagnostics) =>
        TryRead(text, file, lineOffset, diagnostics, out var root) ? root : null;

    /// <summary>
    /// A file's top-level map of fields. An empty file reports its first required field as missing;
    /// a file that is not a map says so; a file that could not be read has already been reported.
    /// </summary>
    public static YamlMap? ReadMap(string text, string file, int lineOffset, DiagnosticBag diagnostics, string firstRequiredField)
    {
        var ((ok, root), whole) = DiagnosticBag.Collect(own => (TryRead(text, file, lineOffset, own, out var node), node));
        if (!ok) return YamlBlockRecovery.Read(text, file, lineOffset, diagnostics, whole);
        diagnostics.AddRange([.. whole]);
        switch (root)
        {
            case YamlMap map:
                return map;
            case null:
                diagnostics.Error(file, new SourcePosition(lineOffset + 1, 1), firstRequiredField, "required", firstRequiredField);
                return null;
            default:
                diagnostics.Error(file, root.Position, "", "not-a-map");
                return null;
        }
    }

    /// <returns>False when the text could not be read (reported); true with a null root for empty text.</returns>
    public static bool TryRead(string text, string file, int lineOffset, DiagnosticBag diagnostics, out YamlNode? root)
    {
        root = null;
        if (FindTabIndentation(text) is { } tabLine)
        {
            diagnostics.Error(file, new SourcePosition(tabLine + lineOffset, 1), "", "yaml-tab");
            return false;
        }
        var parser = new Parser(new StringReader(text));
        var reader = new TreeBuilder(parser, file, lineOffset, diagnostics);
        try
        {
            root = reader.ReadStream(out var ok);
            return ok;
        }
        catch (YamlException e)
        {
            var (rule, args) = YamlSyntaxHints.Explain(CleanMessage(e.Message), text, (int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Error(file, reader.Position(e.Start), "", rule, args);
            return false;
        }
        catch (AliasRefusedException e)
        {
            diagnostics.Error(file, e.Position, "", "yaml-alias", e.Alias);
            return false;
        }
        catch (TooDeepException e)
        {
            diagnostics.Error(file, e.Position, "", "yaml-too-deep", MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }
        catch (ArgumentException)
        {
            // YamlDotNet refuses some tags this way ("!<>", "!!!![11]"): entries never need tags.
            diagnostics.Error(file, reader.LastPosition, "", "yaml-syntax", "tag YAML (tanda ! di depan nilai) tidak dapat dibaca; hapus tanda ! itu atau beri tanda kutip pada nilainya");
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unfinished structures, e.g. "[a, b" with no closing bracket.
            diagnostics.Error(file, reader.LastPosition, "", "yaml-unfinished");
            return false;
        }
    }

    /// <summary>
    /// The 1-based line whose indentation holds a tab, if any. YAML forbids tabs there, and editors
    /// hide them; YamlDotNet reports the enclosing map instead of the line, so this finds it first.
    /// </summary>
    private static int? FindTabIndentation(string text)
    {
        var line = 1;
        var atLineStart = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                atLineStart = true;
            }
            else if (atLineStart && c == '\t') return line;
            else if (c != ' ') atLineStart = false;
        }
        return null;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
    private static string CleanMessage(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
        return text.TrimEnd('.');
    }

    private sealed class AliasRefusedException(string alias, SourcePosition position) : Exception(alias)
    {
        public string Alias { get; } = alias;
        public SourcePosition Position { get; } = position;
    }

    private sealed class TooDeepException(SourcePosition position) : Exception
    {
        public SourcePosition Position { get; } = position;
    }

    private sealed class TreeBuilder(IParser parser, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        public SourcePosition LastPosition { get; private set; } = new(1 + lineOffset, 1);

        public SourcePosition Position(Mark mark) => LastPosition = new((int)mark.Line + lineOffset, (int)mark.Column);

        public YamlNode? ReadStream(out bool ok)
        {
            ok = true;
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(0);
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart extra)
            {
                diagnostics.Error(file, Position(extra.Start), "", "yaml-multiple-documents");
                ok = false;
                return null;
            }
            return root;
        }

        // Where the node being read is (keys, and 1-based item numbers below the top level), named only when a message needs it.
        private readonly List<(string? Key, int Item)> _path = [];

        private YamlNode ReadNode(int depth)
        {
            var current = parser.Current ?? throw new YamlException("unexpected end of the file");
            if (current is SequenceStart or MappingStart && depth >= MaxDepth) throw new TooDeepException(Position(current.Start));
            switch (current)
            {
                case AnchorAlias alias:
                    throw new AliasRefusedException(alias.Value.Value, Position(alias.Start));
                case Scalar scalar:
                    parser.MoveNext();
                    var position = Position(scalar.Start);
                    CheckHiddenCharacters(scalar.Value, position);
                    return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, position);
                case SequenceStart start:
                {
                    parser.MoveNext();
                    var items = new List<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        // Items of a file that is a list (opd.yml) are reported by their own fields, as the field reader does.
                        if (depth > 0) _path.Add((null, items.Count + 1));
                        items.Add(ReadNode(depth + 1));
                        if (depth > 0) _path.RemoveAt(_path.Count - 1);
                    }
                    return new YamlSequence(items, Position(start.Start));
                }
                case MappingStart start:
                {
                    parser.MoveNext();
                    var entries = new List<YamlMapEntry>();
                    var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(depth + 1);
                        _path.Add(((keyNode as YamlScalar)?.Value ?? "?", 0));
                        var value = ReadNode(depth + 1);
                        _path.RemoveAt(_path.Count - 1);
                        // Complex keys (maps as keys) are never meaningful here; keep their text for messages.
                        var key = keyNode as YamlScalar ?? new YamlScalar("?", true, keyNode.Position);
                        if (seen.ContainsKey(key.Value))
                        {
                            diagnostics.Error(file, key.Position, key.Value, "duplicate-key", key.Value);
                            continue;
                        }
                        seen[key.Value] = key.Position;
                        entries.Add(new YamlMapEntry(key, value));
                    }
                    return new YamlMap(entries, Position(start.Start));
                }
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        // A value that looks like one text and is another (bidi overrides, zero-width characters) or
        // that would drive a terminal (ESC) is refused; YAML's "\e" and "\u202E" escapes can write them too.
        private void CheckHiddenCharacters(string value, SourcePosition position)
        {
            var index = Galeri.Text.HiddenCharacters.IndexOf(value);
            if (index < 0) return;
            var field = string.Concat(_path.Select((p, i) => p.Key is null ? $"[{p.Item}]" : i == 0 ? p.Key : "." + p.Key));
            diagnostics.Error(file, position, field, "hidden-character", Galeri.Text.HiddenCharacters.Name(value[index]));
        }
    }
}
