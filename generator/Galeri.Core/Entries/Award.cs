namespace Galeri.Entries;

internal sealed record Award(string Name, string? Organizer, int? Year);
