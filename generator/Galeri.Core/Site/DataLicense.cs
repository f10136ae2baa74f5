namespace Galeri.Site;

/// <summary>The licence the catalog's data is published under (<c>lisensi</c> in site.yml), as a Data Package names one.</summary>
/// <param name="Name">An identifier such as <c>CC-BY-4.0</c> (SPDX).</param>
/// <param name="Title">Its full name, for people.</param>
/// <param name="Url">Where its text is.</param>
internal sealed record DataLicense(string Name, string? Title, string? Url);
