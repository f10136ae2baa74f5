namespace Galeri.Editor;

/// <summary>
/// Where the editor reads and saves: GitHub through pull requests (the published site, from
/// site.yml's <c>editor:</c>), or Decap's local server on the writer's own computer (<c>galeri serve --editor</c>).
/// </summary>
internal abstract record EditorBackend(string ContentFolder)
{
    /// <summary>GitHub, each save a pull request (editorial workflow), signed in through <paramref name="Settings"/>' OAuth proxy.</summary>
    public sealed record GitHub(EditorSettings Settings) : EditorBackend(Settings.ContentFolder);

    /// <summary>decap-server at <paramref name="ProxyUrl"/>, writing straight into the content folder (named <paramref name="ContentFolder"/> under the server's root).</summary>
    public sealed record Local(string ProxyUrl, string ContentFolder) : EditorBackend(ContentFolder);
}
