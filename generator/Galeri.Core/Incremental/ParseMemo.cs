using System.Collections.Concurrent;
using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.FreePages;
using Galeri.Opds;
using Galeri.Site;
using Galeri.Urusan;
using Galeri.Visits;

namespace Galeri.Incremental;

/// <summary>
/// The parse phase, remembered: a file read as the same <see cref="SourceFile"/> object as last
/// time (see <see cref="SourceMemo"/>), with the same extra input, gives the same parsed object as
/// last time, and the same messages. Unchanged entries thus stay the very same objects from build
/// to build, which is what the later phases compare.
/// </summary>
/// <param name="keep">False in a one-build session: no parse is kept (it would keep each file's text alive too).</param>
internal sealed class ParseMemo(bool keep = true)
{
    private readonly ConcurrentDictionary<string, Parsed> _results = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="ContentParser.Parse"/>, each file through <see cref="Parse{T}"/>: keyed by what its parse
    /// reads besides the file (site.yml: the --base-url option; an entry: its bundle's stamp).
    /// </summary>
    public SiteContent Parse(ContentFiles files, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        if (keep || StorePath is null) return Parse(files, baseUrlOverride, diagnostics, null);
        using var store = SyntaxStore.Open(StorePath);
        var content = Parse(files, baseUrlOverride, diagnostics, store);
        EntriesRead = store?.EntriesRead ?? files.Innovations.Count;
        return content;
    }

    /// <summary>
    /// Where a one-build session keeps its entries' readings (<see cref="SyntaxStore"/>): an entry file
    /// unchanged since the last build into the folder is not read as YAML and Markdown again. Null: no store.
    /// </summary>
    public string? StorePath { get; set; }

    /// <summary>Entries whose front matter or body the last <see cref="Parse(ContentFiles, string?, DiagnosticBag)"/> read anew, with a store.</summary>
    public int EntriesRead { get; private set; }

    private SiteContent Parse(ContentFiles files, string? baseUrlOverride, DiagnosticBag diagnostics, SyntaxStore? store) => ContentParser.Assemble(
        files,
        ParseRequired(files.Site, baseUrlOverride ?? "", diagnostics, (f, d) => SiteConfigParser.Parse(f, baseUrlOverride, d)),
        ParseRequired(files.Opds, "", diagnostics, OpdListParser.Parse),
        ParseRequired(files.Urusan, "", diagnostics, UrusanListParser.Parse),
        ContentParser.ParseAll(files.Innovations, f =>
        {
            var stamp = ContentParser.EntryBundleStamp(files, f);
            return Parse(f, stamp, diagnostics, (source, d) => ContentParser.Entry(files, source, d, store?.For(SyntaxStore.EntryKey(source, stamp))));
        }),
        ContentParser.ParseAll(files.Visits, f => Parse(f, "", diagnostics, VisitParser.Parse)),
        ContentParser.ParseAll(files.Pages, f => Parse(f, "", diagnostics, FreePageParser.Parse)),
        files.Synonyms is null ? null : Parse(files.Synonyms, "", diagnostics, Search.Synonyms.SynonymListParser.Parse));

    /// <summary>A missing required file (site.yml, opd.yml, urusan.yml) is reported by its parser each time.</summary>
    private T? ParseRequired<T>(SourceFile? file, string key, DiagnosticBag diagnostics, Func<SourceFile?, DiagnosticBag, T?> parse) where T : class =>
        file is null ? parse(null, diagnostics) : Parse<T>(file, key, diagnostics, (f, d) => parse(f, d));

    /// <param name="key">Whatever else the result depends on besides the file (e.g. the entry's bundle files).</param>
    public T? Parse<T>(SourceFile file, string key, DiagnosticBag diagnostics, Func<SourceFile, DiagnosticBag, T?> parse) where T : class
    {
        if (_results.TryGetValue(file.FullPath, out var known) && ReferenceEquals(known.Source, file) && known.Key == key && known.Result is T or null)
        {
            diagnostics.AddRange(known.Diagnostics);
            return (T?)known.Result;
        }
        var (result, messages) = DiagnosticBag.Collect(own => parse(file, own));
        diagnostics.AddRange(messages);
        if (keep) _results[file.FullPath] = new Parsed(file, key, result, messages);
        return result;
    }

    private sealed record Parsed(SourceFile Source, string Key, object? Result, IReadOnlyList<Diagnostic> Diagnostics);
}
