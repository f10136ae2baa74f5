namespace Galeri.Site;

/// <summary>The organiser's office (<c>kontak</c> in site.yml): where delegations send the studi tiru request letter.</summary>
internal sealed record SiteContact(string? Unit, string? Address, string? Email, string? Telephone);
