using System.CommandLine;
using Galeri.Cli.Failures;
using Galeri.Cli.Language;
using Galeri.Text;

namespace Galeri.Cli;

/// <summary>The <c>galeri</c> command line: subcommands and their options. Exit codes are in <see cref="ExitCodes"/>.</summary>
public static class GaleriCommand
{
    public static int Run(string[] args)
    {
        // Whatever a command does not handle itself ends as one line and an exit code from the README,
        // never as a stack trace: here for the command's own thread, and for any other thread below.
        var details = args.Contains("--verbose");
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            // The runtime would print the stack trace and abort once this returns; exit first.
            var code = e.ExceptionObject is Exception exception
                ? FailureReport.Print(exception, details, Console.Error)
                : ExitCodes.InternalError;
            Console.Error.Flush();
            Environment.Exit(code);
        };
        // The main thread's stack is the system's 8 MB; the command runs on a thread with as much as
        // every other thread of galeri has (see DefaultStackSize in Galeri.Cli.csproj).
        var code = ExitCodes.InternalError;
        var command = new Thread(() =>
        {
            try
            {
                code = Invoke(args);
            }
            catch (Exception e)
            {
                code = FailureReport.Print(e, details, Console.Error);
            }
        }, StackSize) { Name = "galeri" };
        command.Start();
        command.Join();
        return code;
    }

    /// <summary>The stack of the thread a command runs on: deep recursion in a parser must not end the run.</summary>
    public const int StackSize = 256 * 1024 * 1024;

    private static int Invoke(string[] args)
    {
        var language = CliLanguage.Of(args);
        var root = Root();
        if (language == CliLanguage.English) EnglishDescriptions.Apply(root);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"galeri: {TerminalText.Escape(UsageErrors.Say(error.Message, language))}");
            Console.Error.WriteLine(language == CliLanguage.English ? "See 'galeri --help' for usage." : "Lihat 'galeri --help' untuk cara pemakaian.");
            return ExitCodes.Usage;
        }
        // System.CommandLine's own handler prints "Unhandled exception:" and the stack trace: off.
        // Its help (the only text it writes itself) is said in the chosen language.
        var help = new StringWriter();
        var code = parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = help });
        Console.Out.Write(HelpText.Say(help.ToString(), language));
        return code;
    }

    /// <summary>Every command and option of galeri, with their descriptions in Bahasa Indonesia.</summary>
    public static RootCommand Root() =>
        new("Galeri Inovasi: membangun situs katalog inovasi dari folder content/.")
        {
            CliLanguage.Option,
            BuildCommand.Create(),
            CheckCommand.Create(),
            SchemaCommand.Create(),
            NewCommand.Create(),
            ServeCommand.Create(),
        };
}
