using System.CommandLine;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Model;
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
            Description = "Jenis berkas: " + string.Join(", ", ContentTypes.All.Select(t => t.Key)),
            DefaultValueFactory = _ => ContentTypes.Innovation.Key,
        };
        var command = new Command("schema", "Menulis JSON Schema data pokok inovasi, dengan daftar OPD dan urusan dari folder konten.") { content, output, type };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(output), parse.GetValue(type)!));
        return command;
    }

    public static int Run(string contentDirectory, string? output, string typeKey)
    {
        if (ContentTypes.Find(typeKey) is not { } type)
        {
            var suggestion = Suggestions.Closest(typeKey, [.. ContentTypes.All.Select(t => t.Key)]);
            Console.Error.WriteLine(TerminalText.Escape($"galeri: jenis \"{typeKey}\" tidak dikenal.{(suggestion is null ? "" : $" Maksud Anda \"{suggestion}\"?")} "
                + $"Pilihan: {string.Join(", ", ContentTypes.All.Select(t => t.Key))}."));
            return ExitCodes.Usage;
        }
        if (!ContentFolder.Exists(contentDirectory)) return ExitCodes.Usage;
        var bag = new DiagnosticBag();
        var content = SiteBuilder.Check(contentDirectory, null, bag);
        if (content is null)
        {
            DiagnosticPrinter.Print(bag.Sorted(), Console.Error);
            return ExitCodes.ContentErrors;
        }
        var schema = ContentSchema.Write(type, SchemaInputs.Of(type, content));
        if (output is null) Console.Out.Write(schema);
        else File.WriteAllText(output, schema);
        return ExitCodes.Success;
    }
}
