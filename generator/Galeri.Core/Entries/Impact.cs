namespace Galeri.Entries;

/// <summary>A before/after measurement (<c>dampak</c>): e.g. waiting time 3 hari → 15 menit.</summary>
internal sealed record Impact(string Indicator, string? Unit, decimal? Before, decimal? After, int? Year, string? Source);
