using YamlDotNet.Serialization;

namespace Galeri.Editor;

/// <summary>
/// admin/config.yml: Decap CMS's settings, derived from the content model (<see cref="DecapCollections"/>)
/// and the backend. On GitHub every save is a pull request (editorial workflow) and writers without
/// write access can propose through their fork (open authoring); locally, saves go straight to content/.
/// </summary>
internal static class DecapConfig
{
    /// <summary>The UI language registered by admin/galeri-editor.js (Decap ships no Indonesian).</summary>
    public const string Locale = "id";

    public static string Yaml(EditorBackend backend, string siteUrl, EditorVocabulary vocabulary)
    {
        var config = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["backend"] = Backend(backend),
        };
        if (backend is EditorBackend.GitHub)
        {
            config["publish_mode"] = "editorial_workflow";
        }
        config["locale"] = Locale;
        config["site_url"] = siteUrl;
        config["display_url"] = siteUrl;
        // Images are saved beside each entry; this is only where files go that belong to no collection.
        config["media_folder"] = backend.ContentFolder + "/media";
        config["public_folder"] = "/media";
        // An optional field left empty is left out of the file, as the check expects, not written as ''.
        config["omit_empty_optional_fields"] = true;
        config["slug"] = new Dictionary<string, object> { ["encoding"] = "ascii", ["clean_accents"] = true, ["sanitize_replacement"] = "-" };
        config["collections"] = DecapCollections.All(backend.ContentFolder, vocabulary);
        return "# Dibuat oleh galeri build dari model konten (generator/Galeri.Core/Model); jangan diubah di sini.\n" +
               Serializer.Serialize(config);
    }

    private static Dictionary<string, object> Backend(EditorBackend backend)
    {
        switch (backend)
        {
            case EditorBackend.Local local:
                return new(StringComparer.Ordinal) { ["name"] = "proxy", ["proxy_url"] = local.ProxyUrl, ["branch"] = EditorSettings.DefaultBranch };
            case EditorBackend.GitHub { Settings: var settings }:
                var github = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["name"] = "github",
                    ["repo"] = settings.Repo,
                    ["branch"] = settings.Branch,
                    ["open_authoring"] = true,
                    ["squash_merges"] = true,
                    ["commit_messages"] = new Dictionary<string, object>(StringComparer.Ordinal)
                    {
                        ["create"] = "Tambah {{collection}} “{{slug}}”",
                        ["update"] = "Perbarui {{collection}} “{{slug}}”",
                        ["delete"] = "Hapus {{collection}} “{{slug}}”",
                        ["uploadMedia"] = "Unggah “{{path}}”",
                        ["deleteMedia"] = "Hapus “{{path}}”",
                        ["openAuthoring"] = "{{message}} (oleh {{author-login}})",
                    },
                };
                if (settings.AuthBaseUrl is { } baseUrl) github["base_url"] = baseUrl.TrimEnd('/');
                if (settings.AuthEndpoint is { } endpoint) github["auth_endpoint"] = endpoint;
                return github;
            default:
                throw new ArgumentOutOfRangeException(nameof(backend));
        }
    }

    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .Build();
}
