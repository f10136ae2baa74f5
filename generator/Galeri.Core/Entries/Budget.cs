namespace Galeri.Entries;

/// <summary>What the innovation cost here in one year (<c>anggaran</c>): whole rupiah and where the money came from (<see cref="StudiTiruVocabulary.BudgetSources"/>).</summary>
internal sealed record Budget(int Year, long Amount, string Source, string? Note);
