using System.Globalization;
using Galeri.Build;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Galeri.Cli.Reporting;

/// <summary>The rich summary after a build: what was written, and how long each phase took. Fits 80 columns.</summary>
public static class SummaryTable
{
    /// <param name="items">Each phase's item count; shown (with <c>--verbose</c>) when given.</param>
    public static IRenderable For(BuildResult result, IReadOnlyDictionary<string, int>? items) =>
        new Columns(Counts(result), Phases(result, items)) { Expand = false };

    private static Table Counts(BuildResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Hasil")
            .AddColumn("")
            .AddColumn(new TableColumn("jumlah").RightAligned());
        table.AddRow("halaman dirender", Number(result.PagesRendered));
        table.AddRow("halaman dipakai ulang", Number(result.Pages - result.PagesRendered));
        table.AddRow("berkas ditulis", Number(result.FilesWritten));
        table.AddRow("berkas tidak berubah", Number(result.FilesUnchanged));
        table.AddRow("inovasi", Number(result.Entries));
        table.AddRow("inovasi dibaca ulang (urai)", Number(result.EntriesRead));
        table.AddRow("inovasi dianalisis (cari)", Number(result.SearchAnalysed));
        table.AddRow("peringatan", result.Warnings > 0 ? $"[yellow]{Number(result.Warnings)}[/]" : Number(result.Warnings));
        return table;
    }

    private static Table Phases(BuildResult result, IReadOnlyDictionary<string, int>? items)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Waktu per tahap").ShowFooters()
            .AddColumn(new TableColumn("tahap").Footer("total"));
        if (items is not null) table.AddColumn(new TableColumn("butir").RightAligned());
        table.AddColumn(new TableColumn("waktu").RightAligned().Footer(Milliseconds(result.Elapsed)));
        foreach (var (phase, elapsed) in result.Phases)
        {
            if (items is null) table.AddRow(PhaseLabels.Label(phase), Milliseconds(elapsed));
            else table.AddRow(PhaseLabels.Label(phase), items.TryGetValue(phase, out var count) ? Number(count) : "", Milliseconds(elapsed));
        }
        return table;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
