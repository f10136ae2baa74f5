using System.CommandLine;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Schema;

namespace Galeri.Cli;

/// <summary><c>galeri schema [--content DIR] [--output FILE]</c>: the JSON Schema of an entry's front matter, for editors.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var content = ContentFolder.Option();
        var output = new Option<string?>("--output") { Description = "Tulis ke berkas ini (default: layar)" };
        var command = new Command("schema", "Menulis JSON Schema data pokok inovasi, dengan daftar OPD dan urusan dari folder konten.") { content, output };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(output)));
        return command;
    }

    public static int Run(string contentDirectory, string? output)
    {
        if (!ContentFolder.Exists(contentDirectory)) return ExitCodes.Usage;
        var bag = new DiagnosticBag();
        var content = SiteBuilder.Check(contentDirectory, null, bag);
        if (content is null)
        {
            DiagnosticPrinter.Print(bag.Sorted(), Console.Error);
            return ExitCodes.ContentErrors;
        }
        var schema = InnovationSchema.Write(content);
        if (output is null) Console.Out.Write(schema);
        else File.WriteAllText(output, schema);
        return ExitCodes.Success;
    }
}
