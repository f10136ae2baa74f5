using System.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// Two <c>galeri build</c> processes into one output folder at the same time: exactly one writes,
/// the other stops at once with "build lain sedang menulis ke folder ini" (exit 3) and changes
/// nothing, and the folder equals a clean build.
/// </summary>
public class ConcurrentBuildTests
{
    [Fact]
    public async Task The_second_build_into_a_folder_in_use_stops_with_a_clear_message()
    {
        using var temp = new TempDirectory();
        var content = SyntheticCatalog.WriteTo(temp.Combine("content"), count: 60, version: 1);
        var lockFile = temp.Combine(".galeri-cache", "public.lock");
        var args = new[] { "build", "--content", content, "--theme", RepoPaths.Theme, "--output", "public" };

        using var first = Process.Start(GaleriProcess.StartInfo(temp.Path, args))!;
        var firstOut = first.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var firstErr = first.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        // The first build writes its process id into the lock file once it holds the lock; then it is
        // frozen, so the second build certainly finds the lock taken, however fast or slow this machine is.
        var until = Stopwatch.StartNew();
        while (!(File.Exists(lockFile) && new FileInfo(lockFile).Length > 0) && !first.HasExited && until.Elapsed < TimeSpan.FromMinutes(1))
            Thread.Yield();
        Signal("STOP", first.Id);
        try
        {
            Assert.False(first.HasExited, "the first build was still running when it took the lock");
            var (code, stdout, stderr) = GaleriProcess.Run(GaleriProcess.StartInfo(temp.Path, args));
            Assert.Equal(3, code);
            Assert.Contains("build lain sedang menulis ke folder ini", stderr);
            Assert.DoesNotContain("   at ", stdout + stderr);
        }
        finally
        {
            Signal("CONT", first.Id);
        }
        Assert.True(first.WaitForExit(TimeSpan.FromMinutes(2)));
        Assert.True(first.ExitCode == 0, await firstOut + await firstErr);

        var clean = temp.Combine("bersih");
        Assert.Equal(0, GaleriProcess.Run(temp.Path, "build", "--content", content, "--theme", RepoPaths.Theme, "--output", clean).ExitCode);
        Assert.Equal(FolderState.Hash(clean), FolderState.Hash(temp.Combine("public")));
        // The lock is released with the process: the next build runs.
        Assert.Equal(0, GaleriProcess.Run(temp.Path, args).ExitCode);
    }

    private static void Signal(string signal, int processId)
    {
        using var kill = Process.Start("kill", [$"-{signal}", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
