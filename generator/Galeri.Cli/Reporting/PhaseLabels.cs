namespace Galeri.Cli.Reporting;

/// <summary>The build's phases ("read", "render", ...) as a user reads them, and what each one counts.</summary>
public static class PhaseLabels
{
    public static string Label(string phase) => phase switch
    {
        "read" => "membaca",
        "parse" => "mengurai",
        "validate" => "memeriksa",
        "cards" => "menyiapkan kartu",
        "plan" => "menyiapkan",
        "render" => "merender",
        "search" => "indeks pencarian",
        "write" => "menulis",
        _ => phase,
    };

    /// <summary>What a phase's item count counts, or null when the phase is unknown here.</summary>
    public static string? Unit(string phase) => phase switch
    {
        "parse" or "plan" or "search" => "inovasi",
        "render" => "halaman",
        "write" => "berkas",
        _ => null,
    };

    /// <summary>"merender 250/1000 halaman", "menulis 160 berkas", "membaca".</summary>
    public static string Describe(string phase, int done, int total, bool counting)
    {
        var label = Label(phase);
        if (total <= 0) return label;
        var unit = Unit(phase) is { } u ? " " + u : "";
        return counting ? $"{label} {done}/{total}{unit}" : $"{label} {total}{unit}";
    }
}
