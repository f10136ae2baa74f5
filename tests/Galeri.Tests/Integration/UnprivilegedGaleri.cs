using System.Diagnostics;

namespace Galeri.Tests.Integration;

/// <summary>
/// Runs <c>galeri</c> as a user that file permissions apply to. Tests here run as root, which reads
/// a chmod 000 file anyway; so, as root, galeri runs as <c>nobody</c> through util-linux's
/// <c>setpriv</c>, from a world-readable copy of the built tool (the checkout may lie in a folder
/// only root can enter). As any other user it runs as is.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class UnprivilegedGaleri
{
    private static readonly Lazy<string> App = new(CopyApp);

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        if (!Environment.IsPrivilegedProcess) return GaleriProcess.Run(workingDirectory, args);
        if (!File.Exists("/usr/bin/setpriv")) Assert.Skip("util-linux 'setpriv' is needed to run galeri as an unprivileged user");
        var start = new ProcessStartInfo("/usr/bin/setpriv") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(App.Value, "galeri.dll"), .. args])
            start.ArgumentList.Add(arg);
        start.Environment["HOME"] = workingDirectory;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["CI"] = "true";
        return GaleriProcess.Run(start);
    }

    /// <summary>Lets the unprivileged user write into a test's folder (for build output).</summary>
    public static void OpenToAll(string folder)
    {
        if (Environment.IsPrivilegedProcess) File.SetUnixFileMode(folder, (UnixFileMode)0x1FF); // 0777
    }

    private static string CopyApp()
    {
        var app = Path.Combine(Path.GetTempPath(), "galeri-nobody-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(app);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory).Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("galeri.", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
        Support.DirectoryCopy.Copy(Path.Combine(AppContext.BaseDirectory, "theme"), Path.Combine(app, "theme"));
        // The native libraries (libvips for photos and share images) ship beside the tool, as in a published galeri.
        var native = Path.Combine("runtimes", "linux-x64");
        if (Directory.Exists(Path.Combine(AppContext.BaseDirectory, native)))
            Support.DirectoryCopy.Copy(Path.Combine(AppContext.BaseDirectory, native), Path.Combine(app, native));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(app, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return app;
    }
}
