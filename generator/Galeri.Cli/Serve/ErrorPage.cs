using System.Net;
using System.Text;
using Galeri.Cli.Failures;
using Galeri.Diagnostics;

namespace Galeri.Cli.Serve;

/// <summary>
/// What the browser shows while the content has errors: each problem with its file, line and fix;
/// or, when a rebuild failed in another way (a file that cannot be read), what failed and what to do.
/// </summary>
public static class ErrorPage
{
    public static byte[] Render(IReadOnlyList<Diagnostic> errors, Failure? failure, string basePath, string nonce)
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Konten belum bisa dibangun · galeri serve</title>
            <style nonce="{{nonce}}">
              body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#fff7f7;color:#1b1b1b}
              main{max-width:60rem;margin:0 auto;padding:2rem 1rem}
              h1{color:#8b1d1d;font-size:1.5rem}
              li{margin:0 0 1rem;padding:.75rem 1rem;border-left:4px solid #8b1d1d;background:#fff;list-style:none}
              ul{padding:0} code{font:600 .95rem ui-monospace,monospace;overflow-wrap:anywhere}
            </style></head><body><main>
            <h1>Konten belum bisa dibangun</h1>
            <p>Perbaiki kesalahan di bawah ini lalu simpan berkasnya; halaman ini memuat ulang sendiri.</p>
            <ul>
            """);
        foreach (var error in errors)
        {
            html.Append("<li><code>").Append(WebUtility.HtmlEncode($"{error.File}:{error.Line}:{error.Column}")).Append("</code>");
            if (error.Field.Length > 0) html.Append(" <strong>").Append(WebUtility.HtmlEncode(error.Field)).Append("</strong>");
            html.Append("<br>").Append(WebUtility.HtmlEncode(error.Message())).Append("</li>\n");
        }
        if (failure is not null)
        {
            html.Append("<li>");
            if (failure.File is not null) html.Append("<code>").Append(WebUtility.HtmlEncode(failure.File)).Append("</code><br>");
            html.Append("<strong>").Append(WebUtility.HtmlEncode(Capitalized(failure.What))).Append(".</strong> ")
                .Append(WebUtility.HtmlEncode(failure.Advice)).Append(".</li>\n");
        }
        html.Append("</ul></main>").Append(LiveReload.Script(basePath, nonce)).Append("</body></html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
