using Galeri.Tests.Support;
using Jint;

namespace Galeri.Tests.Search.Lunr;

/// <summary>The real lunr.js (theme/node_modules/lunr, as shipped to browsers) in a Jint engine.</summary>
public static class LunrJs
{
    public static string Source => File.ReadAllText(Path.Combine(RepoPaths.Theme, "node_modules", "lunr", "lunr.js"));

    public static Engine Start()
    {
        var engine = new Engine(options => options.Strict(false).LimitRecursion(4096));
        engine.Execute("var window = this; var self = this;");
        engine.Execute(Source);
        return engine;
    }
}
