using System.CommandLine;
using Galeri.Cli.Reporting;
using Galeri.Cli.Serve;

namespace Galeri.Cli;

/// <summary><c>galeri serve [--content DIR] [--theme DIR] [--port 5080] [--base-path /galeri/] [--editor] [--quiet | --verbose]</c></summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Command Create()
    {
        var content = ContentFolder.Option();
        var theme = ThemeLocator.Option();
        var port = new Option<int>("--port") { Description = "Port di 127.0.0.1 (default: 5080)", DefaultValueFactory = _ => DefaultPort };
        var basePath = new Option<string>("--base-path") { Description = "Sajikan di bawah sub-path, misalnya /galeri/", DefaultValueFactory = _ => "/" };
        var editor = new Option<bool>("--editor") { Description = "Sajikan juga editor web di /admin/ dengan server lokal Decap (decap-server): entri yang disimpan langsung masuk ke folder konten" };
        var verbosity = new VerbosityOptions("Tampilkan hanya alamat situs dan kesalahan", "Tampilkan waktu setiap tahap setelah setiap build");
        var command = new Command("serve", "Membangun dan menyajikan situs di komputer sendiri, memuat ulang halaman setiap kali berkas disimpan.")
        {
            content, theme, port, basePath, editor,
        };
        verbosity.AddTo(command);
        command.SetAction((parse, cancel) => Run(parse.GetValue(content)!, ThemeLocator.Resolve(parse.GetValue(theme)), parse.GetValue(port), parse.GetValue(basePath)!,
            OutputSettings.For(verbosity.From(parse)), cancel, parse.GetValue(editor)));
        return command;
    }

    public static async Task<int> Run(string content, string theme, int port, string basePath, OutputSettings output, CancellationToken cancel, bool editor = false)
    {
        if (!ContentFolder.Exists(content)) return ExitCodes.Usage;
        if (!ThemeLocator.Exists(theme)) return ExitCodes.Usage;
        if (port is < 1 or > 65535)
        {
            Console.Error.WriteLine($"galeri: --port {port} tidak sah; gunakan 1–65535, misalnya --port {DefaultPort}.");
            return ExitCodes.Usage;
        }
        // Ctrl+C (SIGINT) or a service manager's SIGTERM: stop serving cleanly instead of being killed mid-response.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        void Stop(System.Runtime.InteropServices.PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
        DecapServer? decap = null;
        if (editor)
        {
            (decap, var error) = await DecapServer.StartAsync(theme, content, port, output.Verbose, stop.Token);
            if (decap is null)
            {
                Console.Error.WriteLine("galeri: " + error);
                return ExitCodes.Usage;
            }
        }
        using (decap)
        {
            return await new DevServer(content, theme, port, Normalize(basePath), output, decap).RunAsync(stop.Token);
        }
    }

    /// <summary>"galeri", "/galeri" and "/galeri/" all mean "/galeri/".</summary>
    public static string Normalize(string basePath) => "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : "");
}
