namespace Galeri.Entries;

/// <summary>Whether and how others can copy the innovation (<c>replikasi</c>).</summary>
internal sealed record Replication(bool? Possible, IReadOnlyList<string> Prerequisites, IReadOnlyList<Replicator> ReplicatedBy)
{
    /// <summary>What copying it would cost, in whole rupiah (<c>perkiraan_biaya</c>).</summary>
    public long? EstimatedCost { get; init; }

    /// <summary>How long a copying region needs to prepare (<c>waktu_persiapan_bulan</c>).</summary>
    public int? PreparationMonths { get; init; }

    /// <summary>How many staff run it (<c>petugas</c>).</summary>
    public int? Staff { get; init; }
}
