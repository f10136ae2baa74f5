using System.IO.Compression;

namespace Galeri.Media;

/// <summary>
/// Whether an office document is what its name says, and inert: OOXML (.docx, .xlsx, .pptx) and
/// ODF (.odt, .ods) files are zip archives with a known inner layout. A file that is no such zip, a
/// .docx holding a workbook, or a document carrying macros (VBA projects, ActiveX controls, ODF
/// Basic or scripts) is refused. Only the zip's directory and two small parts are read, never the
/// document's content, so a compressed "zip bomb" costs nothing here.
/// </summary>
internal static class OfficeFileCheck
{
    /// <summary>What is wrong: <see cref="Macro"/> when the document carries executable parts, else it is not a valid document of its type.</summary>
    public sealed record Problem(string What, bool Macro);

    // The part every document of the type has: its main part (OOXML) or its mimetype (ODF).
    private static readonly Dictionary<string, string> MainPart = new(StringComparer.Ordinal)
    {
        [".docx"] = "word/document.xml",
        [".xlsx"] = "xl/workbook.xml",
        [".pptx"] = "ppt/presentation.xml",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
    };

    private const int SmallPartLimit = 256 * 1024;

    public static bool IsOffice(string extension) => MainPart.ContainsKey(extension);

    /// <param name="extension">The file's extension in lower case: ".docx", ".odt", ...</param>
    public static Problem? Find(Stream stream, string extension)
    {
        Span<byte> magic = stackalloc byte[4];
        if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || !magic.SequenceEqual("PK\u0003\u0004"u8))
            return new Problem("bukan arsip zip / not a zip archive", false);
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return extension.StartsWith(".od", StringComparison.Ordinal) ? OpenDocument(zip, MainPart[extension]) : OfficeOpenXml(zip, MainPart[extension]);
        }
        catch (InvalidDataException e)
        {
            return new Problem(e.Message, false);
        }
    }

    private static Problem? OfficeOpenXml(ZipArchive zip, string mainPart)
    {
        if (zip.GetEntry("[Content_Types].xml") is not { } types) return new Problem("[Content_Types].xml", false);
        if (zip.GetEntry(mainPart) is null) return new Problem(mainPart, false);
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || name.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
                return new Problem("VBA: " + name, true);
            if (name.Contains("activeX", StringComparison.OrdinalIgnoreCase))
                return new Problem("ActiveX: " + name, true);
        }
        return ReadSmall(types) switch
        {
            null => new Problem("[Content_Types].xml", false),
            var declared when declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) => new Problem("[Content_Types].xml: macroEnabled", true),
            _ => null,
        };
    }

    private static Problem? OpenDocument(ZipArchive zip, string mimetype)
    {
        if (zip.GetEntry("mimetype") is not { } entry || ReadSmall(entry)?.Trim() != mimetype) return new Problem("mimetype", false);
        foreach (var part in zip.Entries)
            if (part.FullName.StartsWith("Basic/", StringComparison.OrdinalIgnoreCase) || part.FullName.StartsWith("Scripts/", StringComparison.OrdinalIgnoreCase))
                return new Problem("macro: " + part.FullName, true);
        return null;
    }

    /// <returns>The part's text, or null when it claims to be larger than any such part is.</returns>
    private static string? ReadSmall(ZipArchiveEntry entry)
    {
        if (entry.Length > SmallPartLimit) return null;
        using var reader = new StreamReader(entry.Open());
        var buffer = new char[SmallPartLimit];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }
}
