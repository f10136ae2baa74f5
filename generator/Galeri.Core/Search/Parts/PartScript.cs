using System.Text;

namespace Galeri.Search.Parts;

/// <summary>
/// One part of the split search data as a classic script that registers itself under its name in
/// <c>window.GALERI_BAGIAN</c>. The search page adds such scripts with &lt;script&gt; tags when a
/// query needs them (fetch() does not work from file://), and reads the part once the tag has loaded.
/// </summary>
internal static class PartScript
{
    public const string Global = "GALERI_BAGIAN";

    private static readonly byte[] End = ";\n"u8.ToArray();

    /// <param name="name">The part's name: its path under assets/search/ without ".js" ("t/ka", "d/3", "meta").</param>
    /// <param name="json">The part's data as JSON.</param>
    public static byte[] Of(string name, ReadOnlySpan<byte> json)
    {
        var start = Encoding.UTF8.GetBytes($"(window.{Global}=window.{Global}||{{}})[\"{name}\"]=");
        var script = GC.AllocateUninitializedArray<byte>(start.Length + json.Length + End.Length);
        start.CopyTo(script, 0);
        json.CopyTo(script.AsSpan(start.Length));
        End.CopyTo(script, start.Length + json.Length);
        return script;
    }

    /// <summary>A part's file under the output folder.</summary>
    public static string PathOf(string name) => Folder + name + ".js";

    public const string Folder = "assets/search/";

    /// <summary>
    /// A shard key as a file name that every file system and URL takes as it is: a–z and 0–9 stay,
    /// any other UTF-16 unit becomes <c>_xxxx</c> (its code in hex). search/split-index.js does the same.
    /// </summary>
    public static string SafeName(string key)
    {
        var name = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') name.Append(c);
            else name.Append('_').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return name.ToString();
    }
}
