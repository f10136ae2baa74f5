using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Galeri.Theming;

/// <summary>
/// Serves the theme's partials to Fluid's <c>{% include %}</c> from memory: read once, with a fixed
/// timestamp so Fluid's template cache parses each partial only once per build.
/// </summary>
internal sealed class ThemeFileProvider(IReadOnlyDictionary<string, string> files) : IFileProvider
{
    // Fluid asks for a partial at every {% render %} of every page: its bytes are encoded once, not per page.
    private readonly Dictionary<string, IFileInfo> _files = files.ToDictionary(f => f.Key, IFileInfo (f) => new MemoryFile(f.Key, f.Value), StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath)
    {
        var key = subpath.TrimStart('/');
        return _files.TryGetValue(key, out var file) ? file : new NotFoundFileInfo(key);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFile(string name, string text) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);
        public bool Exists => true;
        public long Length => _bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
