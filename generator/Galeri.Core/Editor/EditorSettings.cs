namespace Galeri.Editor;

/// <summary>
/// The <c>editor:</c> section of <c>content/site.yml</c>: where the web editor (Decap CMS) opens
/// pull requests. Without it, <c>galeri build</c> writes no <c>admin/</c> folder.
/// </summary>
/// <param name="Repo">The GitHub repository, "owner/name".</param>
/// <param name="Branch">The branch pull requests are opened against.</param>
/// <param name="ContentFolder">Where content/ lies in the repository, '/'-separated, no slashes at either end.</param>
/// <param name="AuthBaseUrl">The OAuth proxy's address (<c>auth.base_url</c>), when not Netlify's.</param>
/// <param name="AuthEndpoint">The proxy's sign-in path (<c>auth.auth_endpoint</c>), e.g. "auth".</param>
internal sealed record EditorSettings(string Repo, string Branch, string ContentFolder, string? AuthBaseUrl, string? AuthEndpoint)
{
    public const string DefaultBranch = "main";
    public const string DefaultContentFolder = "content";
}
