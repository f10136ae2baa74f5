using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries.Sections;

namespace Galeri.Entries;

/// <summary>
/// One innovation entry: <c>content/inovasi/&lt;slug&gt;/index.md</c>, parsed and immutable. Compared by
/// identity, not by value: value equality over every field made lookups in large lists quadratic.
/// </summary>
internal sealed record Innovation
{
    public bool Equals(Innovation? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public required string Slug { get; init; }
    public required SourcePlace Source { get; init; }
    public required string Name { get; init; }
    public string? Acronym { get; init; }
    public required string OpdCode { get; init; }
    public required string Summary { get; init; }
    public string? Jenis { get; init; }
    public string? Bentuk { get; init; }
    public string? UrusanCode { get; init; }
    public string? Tahapan { get; init; }
    public string? Status { get; init; }
    public DateOnly? TrialDate { get; init; }
    public DateOnly? LaunchDate { get; init; }

    /// <summary>Whether <c>tanggal_penerapan</c> held some value, valid or not (an invalid one is reported on its own).</summary>
    public bool LaunchDateWritten { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> IppAspects { get; init; } = [];
    public IReadOnlyList<int> Sdgs { get; init; } = [];
    public IReadOnlyList<Impact> Impacts { get; init; } = [];
    public IReadOnlyList<Award> Awards { get; init; } = [];
    public Replication? Replication { get; init; }
    public IReadOnlyList<Budget> Budgets { get; init; } = [];
    public IReadOnlyList<LegalBasis> LegalBases { get; init; } = [];
    public IReadOnlyList<EntryDocument> Documents { get; init; } = [];
    public EntryLinks Links { get; init; } = EntryLinks.None;
    public Contact? Contact { get; init; }
    public IReadOnlyList<EntryImage> Images { get; init; } = [];
    public DateOnly? Updated { get; init; }
    public IReadOnlyList<BodySection> Sections { get; init; } = [];

    /// <summary>
    /// Fields declared in the content model that have no property here, read by their type alone
    /// (text, list of text, ...), by key: shown by templates as <c>fields.&lt;key&gt;</c> and searched when the model says so.
    /// </summary>
    public IReadOnlyDictionary<string, object> Values { get; init; } = new Dictionary<string, object>();

    /// <summary>
    /// Every declared field that has a value, read by its type alone, in the order the content model
    /// declares them: what the open data publishes (<see cref="OpenData.EntryRecord"/>).
    /// </summary>
    public IReadOnlyList<(Model.Field Field, object Value)> Record { get; init; } = [];

    /// <summary>Where each top-level field was written, for messages from later checks.</summary>
    public IReadOnlyDictionary<string, SourcePosition> FieldPositions { get; init; } = new Dictionary<string, SourcePosition>();

    /// <summary>When the innovation started, as lists sort it: the launch date, else the trial date.</summary>
    public DateOnly? StartedOn => LaunchDate ?? TrialDate;

    /// <summary>The year shown and grouped by: the year of <see cref="StartedOn"/>.</summary>
    public int? Year => StartedOn?.Year;

    /// <summary>The files beside index.md (the page bundle), '/'-separated, relative to <see cref="BundleDirectory"/>.</summary>
    public IReadOnlyList<string> BundleFiles { get; init; } = [];

    /// <summary>Size and time of each bundle file, by its name in <see cref="BundleFiles"/>, as the read phase saw them; empty when the entry was not read from a folder walk.</summary>
    public IReadOnlyDictionary<string, FileTime> BundleFileTimes { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, FileTime>.Empty;

    /// <summary>The folder holding index.md and its images (the page bundle).</summary>
    public string BundleDirectory => Path.GetDirectoryName(Source.FullPath)!;

    public SourcePosition PositionOf(string field) =>
        FieldPositions.TryGetValue(field, out var position) ? position : SourcePosition.Start;
}
