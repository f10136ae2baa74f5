namespace Galeri.Urusan;

/// <summary>A government affair (urusan pemerintahan), from <c>content/referensi/urusan.yml</c>.</summary>
/// <param name="Group">The urusan group, e.g. "Wajib Pelayanan Dasar" (optional).</param>
internal sealed record UrusanItem(string Code, string Name, string? Group);
