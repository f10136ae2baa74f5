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
    public IFileInfo GetFileInfo(string subpath)
    {
        var key = subpath.TrimStart('/');
        return files.TryGetValue(key, out var text) ? new MemoryFile(key, text) : new NotFoundFileInfo(key);
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
