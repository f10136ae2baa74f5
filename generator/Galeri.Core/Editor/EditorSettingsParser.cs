using System.Text.RegularExpressions;
using Galeri.Diagnostics;
using Galeri.Model;
using Galeri.Yaml;

namespace Galeri.Editor;

/// <summary>Reads the <c>editor:</c> section of site.yml, declared in <see cref="Model.SiteFields"/>.</summary>
internal static partial class EditorSettingsParser
{
    public const string Key = "editor";

    /// <returns>The settings, or null when the section is absent or wrong (reported).</returns>
    /// <param name="shape">The section's declaration in the site settings' table.</param>
    public static EditorSettings? Parse(FieldReader site, Field shape)
    {
        if (site.Nested(Key) is not { } editor) return null;
        editor.RejectUnknownKeys(shape);
        var repo = editor.Text("repo", required: true);
        if (repo is not null && !RepoName().IsMatch(repo))
        {
            editor.Diagnostics.Error(editor.File, editor.PositionOf("repo"), editor.FieldName("repo"), "editor-repo-invalid", repo);
            repo = null;
        }
        var branch = editor.Text("branch") ?? EditorSettings.DefaultBranch;
        var folder = editor.Text("folder")?.Trim('/') ?? EditorSettings.DefaultContentFolder;
        string? baseUrl = null, endpoint = null;
        if (editor.Nested("auth") is { } auth)
        {
            auth.RejectUnknownKeys(shape.Find("auth")!);
            baseUrl = auth.Url("base_url");
            endpoint = auth.Text("auth_endpoint")?.Trim('/');
        }
        return repo is null ? null : new EditorSettings(repo, branch, folder, baseUrl, endpoint);
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial Regex RepoName();
}
