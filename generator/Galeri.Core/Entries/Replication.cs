namespace Galeri.Entries;

/// <summary>Whether and how others can copy the innovation (<c>replikasi</c>).</summary>
public sealed record Replication(bool? Possible, IReadOnlyList<string> Prerequisites, IReadOnlyList<Replicator> ReplicatedBy);
