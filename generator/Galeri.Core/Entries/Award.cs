namespace Galeri.Entries;

public sealed record Award(string Name, string? Organizer, int? Year);
