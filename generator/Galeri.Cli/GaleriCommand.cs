using System.CommandLine;

namespace Galeri.Cli;

/// <summary>The <c>galeri</c> command line: subcommands and their options. Exit codes are in <see cref="ExitCodes"/>.</summary>
public static class GaleriCommand
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Galeri Inovasi: membangun situs katalog inovasi dari folder content/.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            SchemaCommand.Create(),
            NewCommand.Create(),
            ServeCommand.Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"galeri: {error.Message}");
            Console.Error.WriteLine("Lihat 'galeri --help' untuk cara pemakaian.");
            return ExitCodes.Usage;
        }
        return parse.Invoke();
    }
}
