using System.Globalization;
using System.Text;
using Galeri.Diagnostics;

namespace Galeri.Content;

/// <summary>
/// Reads content files strictly: UTF-8 only, at most 1 MB, never through a symbolic link, with a
/// clear message otherwise (also when the file cannot be read: no stack trace).
/// </summary>
internal static class SourceFileReader
{
    public const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Read(string contentRoot, string fullPath, DiagnosticBag diagnostics)
    {
        var relative = Path.GetRelativePath(contentRoot, fullPath).Replace('\\', '/');
        var display = DisplayPath(fullPath);
        var info = new FileInfo(fullPath);
        // The walk already refuses links; this catches one put in place of a known file while serve
        // skips the walk. The attributes come from the lstat FileInfo makes anyway: no extra system call.
        var attributes = info.Attributes;
        if ((int)attributes != -1 && (attributes & FileAttributes.ReparsePoint) != 0)
        {
            diagnostics.Error(display, SourcePosition.Start, "", ContentTree.SymlinkRule);
            return null;
        }
        if (!info.Exists)
        {
            diagnostics.Error(display, SourcePosition.Start, "", "file-missing");
            return null;
        }
        if (info.Length > MaxBytes)
        {
            diagnostics.Error(display, SourcePosition.Start, "", "file-too-large", (info.Length / 1024).ToString(CultureInfo.InvariantCulture));
            return null;
        }
        string text;
        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            if (InvalidUtf8.FirstBadByte(bytes) is { } bad)
            {
                // Reported at its line; the rest is still checked (the bad bytes read as U+FFFD), so one run tells everything.
                diagnostics.Error(display, bad, "", "not-utf8", bad.Column.ToString(CultureInfo.InvariantCulture));
                text = Encoding.UTF8.GetString(bytes);
            }
            else text = StrictUtf8.GetString(bytes);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            diagnostics.Error(display, SourcePosition.Start, "", ContentTree.UnreadableRule);
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return new SourceFile(relative, display, fullPath, text.ReplaceLineEndings("\n"));
    }

    /// <summary>Paths in messages are relative to where the command was run, as compilers print them.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }
}
