using System.Diagnostics;
using System.Globalization;
using System.Text;
using NetVips;

namespace Galeri.Benchmark;

/// <summary>
/// Times <c>galeri build</c> (a separate process, as users run it) on a catalog of 50 entries holding
/// 100 phone photos (4000×3000 JPEG, EXIF orientation 6, a GPS position): the first build, which
/// resizes every photo; a rebuild with nothing changed; and a build into an empty output folder with
/// the build cache kept (every photo copied from <c>.galeri-cache/&lt;output&gt;/foto/</c>, none encoded).
/// Usage: <c>dotnet run -c Release --project generator/Galeri.Benchmark -- --photos</c>
/// </summary>
public static class PhotoTiming
{
    private const int Entries = 50;
    private const int PhotosPerEntry = 2;

    public static int Run()
    {
        var root = FindRepositoryRoot();
        var theme = Path.Combine(root, "theme");
        var work = Path.Combine(root, "bench-data", "photos");
        var content = Path.Combine(work, "content");
        var output = Path.Combine(work, "public");
        var galeri = Path.Combine(AppContext.BaseDirectory, "galeri.dll");
        var photos = PhonePhotos(Path.Combine(work, "source"), Entries * PhotosPerEntry);
        SyntheticContent.Write(content, Entries);
        AddPhotos(content, photos);
        var sourceMegabytes = photos.Sum(p => new FileInfo(p).Length) / 1024.0 / 1024.0;

        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var cache = Path.Combine(work, ".galeri-cache");
        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        var first = Build(galeri, content, theme, output);
        if (first.ExitCode != 0)
        {
            Console.Error.WriteLine(first.Output);
            return 1;
        }
        var unchanged = Build(galeri, content, theme, output);
        Directory.Delete(output, recursive: true);
        var emptyOutput = Build(galeri, content, theme, output);
        var published = Directory.EnumerateFiles(output, "foto-*", SearchOption.AllDirectories).ToList();
        var publishedMegabytes = published.Sum(p => new FileInfo(p).Length) / 1024.0 / 1024.0;

        Console.WriteLine($"galeri build with {photos.Count} phone photos (4000×3000 JPEG, {sourceMegabytes:0} MB) in {Entries} entries — {Environment.ProcessorCount} cores");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"first build (resizes every photo)",-46} {first.Seconds,7:0.00} s   {Phases(first.Output)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"cached, nothing changed",-46} {unchanged.Seconds,7:0.00} s   {Phases(unchanged.Output)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"cached, empty output (photos copied from cache)",-46} {emptyOutput.Seconds,7:0.00} s   {Phases(emptyOutput.Output)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"published: {published.Count} photo files, {publishedMegabytes:0.0} MB ({publishedMegabytes / sourceMegabytes:P0} of the uploads)"));
        return 0;
    }

    /// <summary>Phone-like photos, made once and kept: a smooth scene with sensor noise, stored sideways (orientation 6) with a GPS position.</summary>
    private static List<string> PhonePhotos(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"foto-{i:000}.jpg");
            paths.Add(path);
            if (File.Exists(path)) continue;
            using var xy = Image.Xyz(4000, 3000);
            using var x = xy[0];
            using var y = xy[1];
            using var red = x * (200.0 / 4000) + 30;
            using var green = y * (180.0 / 3000) + 40;
            using var blue = (x + y) * (120.0 / 7000) + (i * 37 % 100);
            using var scene = red.Bandjoin(green, blue);
            using var noise = Image.Gaussnoise(4000, 3000, sigma: 10, seed: i).Bandjoin(Image.Gaussnoise(4000, 3000, sigma: 10, seed: i + 1000), Image.Gaussnoise(4000, 3000, sigma: 10, seed: i + 2000));
            using var photo = (scene + noise).Cast(Enums.BandFormat.Uchar);
            using var tagged = photo.Mutate(m =>
            {
                m.Set(GValue.GIntType, "orientation", 6);
                m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "S");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "7/1 28/1 0/1");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "110/1 13/1 0/1");
            });
            tagged.Jpegsave(path, q: 92);
        }
        return paths;
    }

    /// <summary>Puts two photos in each entry's folder and names them in <c>gambar</c>.</summary>
    private static void AddPhotos(string content, IReadOnlyList<string> photos)
    {
        var entries = Directory.GetDirectories(Path.Combine(content, "inovasi")).Order(StringComparer.Ordinal).ToList();
        for (var e = 0; e < entries.Count; e++)
        {
            var gambar = new StringBuilder("gambar:\n");
            for (var p = 0; p < PhotosPerEntry; p++)
            {
                var name = $"foto-lapangan-{p + 1}.jpg";
                File.Copy(photos[e * PhotosPerEntry + p], Path.Combine(entries[e], name), overwrite: true);
                gambar.Append(CultureInfo.InvariantCulture, $"  - berkas: {name}\n    alt: Foto kegiatan {p + 1} inovasi ini di lapangan.\n");
            }
            var index = Path.Combine(entries[e], "index.md");
            var text = File.ReadAllText(index);
            // Some synthetic entries already name a drawing: the photos go first, as the card's thumbnail.
            var listed = text.IndexOf("\ngambar:\n", StringComparison.Ordinal);
            File.WriteAllText(index, listed >= 0
                ? text[..(listed + 1)] + gambar + text[(listed + "\ngambar:\n".Length)..]
                : text.Insert(text.IndexOf("diperbarui: ", StringComparison.Ordinal), gambar.ToString()));
        }
    }

    private static (int ExitCode, double Seconds, string Output) Build(string galeri, string content, string theme, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[galeri, "build", "--content", content, "--theme", theme, "--output", output, "--verbose"]) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, clock.Elapsed.TotalSeconds, stdout.Result + stderr.Result);
    }

    private static string Phases(string output) =>
        string.Join(", ", output.Split('\n')
            .Select(line => line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 3 && parts[2] == "ms")
            .Select(parts => $"{parts[0]} {parts[1]}"));

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GaleriInovasi.sln"))) directory = directory.Parent;
        return directory?.FullName ?? Environment.CurrentDirectory;
    }
}
