using System.Text.RegularExpressions;
using Galeri.Model;

namespace Galeri.Editor;

/// <summary>Reads the <c>editor:</c> section of site.yml, declared in <see cref="Model.SiteFields"/>.</summary>
internal static partial class EditorSettingsParser
{
    public const string Key = "editor";

    /// <param name="editor">The section as <see cref="Model.SiteFields"/> declares it (<see cref="FieldReading.Group"/>); null when absent.</param>
    /// <returns>The settings, or null when the section is absent or wrong (reported).</returns>
    public static EditorSettings? Parse(FieldGroup? editor)
    {
        if (editor is null) return null;
        var repo = editor.Text("repo");
        if (repo is not null && !RepoName().IsMatch(repo))
        {
            var fields = editor.Reader;
            fields.Diagnostics.Error(fields.File, fields.PositionOf("repo"), fields.FieldName("repo"), "editor-repo-invalid", repo);
            repo = null;
        }
        var auth = editor.Group("auth");
        return repo is null ? null : new EditorSettings(repo,
            editor.Text("branch") ?? EditorSettings.DefaultBranch,
            editor.Text("folder")?.Trim('/') ?? EditorSettings.DefaultContentFolder,
            auth?.GetValueOrDefault("base_url") as string,
            (auth?.GetValueOrDefault("auth_endpoint") as string)?.Trim('/'));
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial Regex RepoName();
}
