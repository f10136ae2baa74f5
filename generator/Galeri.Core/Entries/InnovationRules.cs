using System.Globalization;
using Galeri.Diagnostics;
using Galeri.Text;

namespace Galeri.Entries;

/// <summary>
/// What an entry's values must mean together: dates in order, a launched innovation has a launch
/// date, images exist inside the entry's folder, the summary stays short. References to other
/// files (OPD, urusan) are checked by the content validator, which sees all files.
/// </summary>
internal static class InnovationRules
{
    public const int SummaryWordLimit = 80;
    public const long ImageSizeLimit = 1024 * 1024;
    public const int StaleAfterYears = 2;

    /// <param name="today">The date "now" is measured from, for the staleness warning (a parameter so checks are testable).</param>
    public static void Check(Innovation entry, DiagnosticBag diagnostics, DateOnly today)
    {
        var file = entry.Source.DisplayPath;
        if (entry.TrialDate is { } trial && entry.LaunchDate is { } launch && launch < trial)
            diagnostics.Error(file, entry.PositionOf("tanggal_penerapan"), "tanggal_penerapan", "date-order",
                launch.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), trial.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (entry.Tahapan == "penerapan" && entry.LaunchDate is null && !entry.LaunchDateWritten)
            diagnostics.Error(file, entry.PositionOf("tahapan"), "tanggal_penerapan", "penerapan-needs-date");

        var words = WordCount.Of(entry.Summary);
        if (words > SummaryWordLimit)
            diagnostics.Warning(file, entry.PositionOf("ringkasan"), "ringkasan", "summary-too-long", words.ToString(CultureInfo.InvariantCulture));

        // A stopped innovation is history: its data is not expected to be checked again.
        if (entry.Updated is { } updated && updated < today.AddYears(-StaleAfterYears) && entry.Status != "dihentikan")
            diagnostics.Warning(file, entry.PositionOf("diperbarui"), "diperbarui", "stale-update",
                updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StaleAfterYears.ToString(CultureInfo.InvariantCulture));
        if (entry.Status == "aktif" && entry.Impacts.Count == 0)
            diagnostics.Warning(file, entry.PositionOf("status"), "dampak", "active-without-impact");

        foreach (var image in entry.Images) CheckImage(entry, image, diagnostics);
    }

    private static void CheckImage(Innovation entry, EntryImage image, DiagnosticBag diagnostics)
    {
        var file = entry.Source.DisplayPath;
        const string field = "gambar.berkas";
        var path = image.File.Replace('\\', '/');
        if (path.StartsWith('/') || Path.IsPathRooted(path) || path.Split('/').Contains("..") || path.Contains(':'))
        {
            diagnostics.Error(file, image.Position, field, "image-path", image.File);
            return;
        }
        if (!Vocabulary.ImageExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
        {
            diagnostics.Error(file, image.Position, field, "image-type", image.File);
            return;
        }
        if (!entry.BundleFiles.Contains(path, StringComparer.Ordinal))
        {
            diagnostics.Error(file, image.Position, field, "image-missing", image.File);
            return;
        }
        // Photos are resized by the build (Media.PhotoPlan): only what is published as uploaded (SVG, GIF) must be small.
        if (Media.PhotoFormats.IsResizable(path)) return;
        var size = new FileInfo(Path.Combine(entry.BundleDirectory, path)).Length;
        if (size > ImageSizeLimit)
            diagnostics.Warning(file, image.Position, field, "image-too-large", image.File, (size / 1024).ToString(CultureInfo.InvariantCulture));
    }
}
