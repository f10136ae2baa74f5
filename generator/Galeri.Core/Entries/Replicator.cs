namespace Galeri.Entries;

/// <summary>An institution that has already replicated the innovation.</summary>
internal sealed record Replicator(string Agency, string? Region, int? Year);
