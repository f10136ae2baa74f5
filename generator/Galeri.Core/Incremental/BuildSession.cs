namespace Galeri.Incremental;

/// <summary>
/// What one build leaves for the next, so that the next one redoes only what changed: files read,
/// files parsed, the theme, entry cards, rendered pages and search analysis, each kept with what it
/// was made from. <c>galeri serve</c> keeps one session for its whole run. A fresh session is a
/// clean build; every build, clean or not, goes through the same pipeline
/// (<see cref="Build.SiteBuilder.Render"/>), and tests compare incremental results with clean ones
/// byte for byte.
/// </summary>
/// <param name="oneBuild">
/// A session for a single build (<c>galeri build</c>): nothing follows in this process, so it keeps no page
/// models (they are dropped as each page is rendered) and only what the build cache saves for the next run.
/// </param>
internal sealed class BuildSession(bool oneBuild = false)
{
    /// <summary>Whether this session serves one build only (see the constructor).</summary>
    public bool OneBuild => oneBuild;

    public SourceMemo Sources { get; } = new(keep: !oneBuild);
    public ParseMemo Parses { get; } = new(keep: !oneBuild);
    public ThemeMemo Theme { get; } = new();
    public ValidationMemo Validation { get; } = new();
    public CardMemo Cards { get; } = new();
    public ModelMemo Models { get; } = new(keep: !oneBuild);
    public FileMemo Files { get; } = new(oneBuild);
    public ImageMemo Images { get; } = new();
    public ShareImageMemo ShareImages { get; } = new(keep: !oneBuild);
    public PhotoMemo Photos { get; } = new();
    public SortMemo Sorts { get; } = new();
    public PageMemo Pages { get; } = new(keepModels: !oneBuild);
    public PaginationMemo Pagination { get; } = new();
    public Taxonomies.TermMemo Terms { get; } = new();
    public SearchMemo Search { get; } = new(keep: !oneBuild);
    public QrMemo QrCodes { get; } = new();

    /// <summary>The last build's related-entries finder: the next one reuses its answers where the entries sharing a tag or urusan are unchanged.</summary>
    public Entries.RelatedFinder? Related { get; set; }

    /// <summary>Identifies the generator build: a new galeri (even a rebuilt one) invalidates every page.</summary>
    public static Guid GeneratorVersion { get; } = typeof(BuildSession).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>
    /// Files a watcher saw change: read again even if their size and time look unchanged. From the
    /// first call on, the session trusts the watcher: a build after only modifications of files it
    /// already read does not walk the content folder.
    /// </summary>
    public void Changed(IEnumerable<string> fullPaths) => Sources.Forget(fullPaths);

    /// <summary>The watcher may have missed changes (its buffer overflowed): the next build walks everything.</summary>
    public void ChangedUnknown() => Sources.ForgetAll();
}
