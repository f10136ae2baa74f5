namespace Galeri.Diagnostics;

/// <summary>
/// Collects diagnostics from many threads (entries are parsed in parallel) and hands them back
/// sorted by file, line and column so reports read top to bottom.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void AddRange(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0) return; // most files have none: no lock for them
        lock (_gate) _items.AddRange(diagnostics);
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a bag of its own and returns what it reported, in order:
    /// so a cached result can keep its messages and report them again when it is reused.
    /// </summary>
    public static (T Result, IReadOnlyList<Diagnostic> Diagnostics) Collect<T>(Func<DiagnosticBag, T> work)
    {
        var own = new DiagnosticBag();
        var result = work(own);
        lock (own._gate) return (result, [.. own._items]);
    }

    public void Error(string file, SourcePosition at, string field, string rule, params string[] args) =>
        Add(new Diagnostic(Severity.Error, file, at.Line, at.Column, field, rule, args));

    public void Warning(string file, SourcePosition at, string field, string rule, params string[] args) =>
        Add(new Diagnostic(Severity.Warning, file, at.Line, at.Column, field, rule, args));

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Rule, StringComparer.Ordinal)
                .ThenBy(d => d.Field, StringComparer.Ordinal)
                .DistinctBy(d => d.ToString()) // one broken layout fails every page that uses it: say so once
                .ToList();
        }
    }
}
