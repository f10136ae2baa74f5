namespace Galeri.Build;

/// <summary>
/// Where a build is, for a progress display: the phase running now ("read", "parse", "validate",
/// "plan", "render", "search", "write") and, in phases that work through a known number of items,
/// how many are done. Reported from worker threads; a phase starts with Done = 0.
/// </summary>
public sealed record BuildProgress(string Phase, int Done, int Total);
