using System.CommandLine;
using Galeri.Schema;
using Galeri.Text;

namespace Galeri.Cli;

/// <summary>
/// <c>galeri schema [--jenis inovasi|kunjungan|opd|urusan|halaman|situs] [--content DIR] [--output FILE]</c>:
/// the JSON Schema of a content type's file, for editors; an entry's front matter by default.
/// </summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var content = ContentFolder.Option();
        var output = new Option<string?>("--output") { Description = "Tulis ke berkas ini (default: layar)" };
        var type = new Option<string>("--jenis")
        {
            Description = "Jenis berkas: " + string.Join(", ", SchemaWriter.TypeKeys),
            DefaultValueFactory = _ => SchemaWriter.DefaultTypeKey,
        };
        var command = new Command("schema", "Menulis JSON Schema data pokok inovasi, dengan daftar OPD dan urusan dari folder konten.") { content, output, type };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(output), parse.GetValue(type)!));
        return command;
    }

    public static int Run(string contentDirectory, string? output, string typeKey)
    {
        if (!SchemaWriter.TypeKeys.Contains(typeKey))
        {
            var suggestion = SchemaWriter.Suggest(typeKey);
            Console.Error.WriteLine(TerminalText.Escape($"galeri: jenis \"{typeKey}\" tidak dikenal.{(suggestion is null ? "" : $" Maksud Anda \"{suggestion}\"?")} "
                + $"Pilihan: {string.Join(", ", SchemaWriter.TypeKeys)}."));
            return ExitCodes.Usage;
        }
        if (!ContentFolder.Exists(contentDirectory)) return ExitCodes.Usage;
        var (schema, problems) = SchemaWriter.Write(contentDirectory, typeKey);
        if (schema is null)
        {
            DiagnosticPrinter.Print(problems, Console.Error);
            return ExitCodes.ContentErrors;
        }
        if (output is null) Console.Out.Write(schema);
        else File.WriteAllText(output, schema);
        return ExitCodes.Success;
    }
}
