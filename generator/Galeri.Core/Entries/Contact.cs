namespace Galeri.Entries;

/// <summary>An institutional contact (never a person's private number).</summary>
internal sealed record Contact(string? Unit, string? Email, string? Telephone);
