using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// A content file or folder that cannot be read gives one clear line naming it (rule
/// "unreadable"), from <c>check</c> and from <c>build</c>, never a stack trace, and nothing is
/// written. Made unreadable with chmod 000, with galeri run as a user the mode applies to
/// (<see cref="UnprivilegedGaleri"/>).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class UnreadableContentTests
{
    public static TheoryData<string> Targets =>
    [
        "inovasi/data-go/index.md",
        "inovasi/data-go/alur.svg",
        "inovasi/data-go/foto.png",
        "inovasi/data-go",
        "site.yml",
        "halaman",
        "halaman/tentang.md",
        "kunjungan/2023-08-02-depok.yml",
    ];

    [Theory]
    [MemberData(nameof(Targets))]
    public void An_unreadable_file_or_folder_is_named_without_a_stack_trace(string target)
    {
        using var temp = new TempDirectory();
        UnprivilegedGaleri.OpenToAll(temp.Path);
        var content = MiniContent.WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(content, "inovasi", "data-go", "alur.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        File.WriteAllBytes(Path.Combine(content, "inovasi", "data-go", "foto.png"), [0x89, 0x50, 0x4E, 0x47]);
        File.SetUnixFileMode(Path.Combine(content, target), UnixFileMode.None);
        try
        {
            var (checkCode, json, checkErrors) = UnprivilegedGaleri.Run(temp.Path, "check", "--format", "json");
            Assert.Equal(3, checkCode); // a machine fault, not a content error: exit 3 as the README says
            Assert.Contains($"\"file\":\"content/{target}\"", string.Concat(json.Where(c => !char.IsWhiteSpace(c))));
            Assert.Contains("\"rule\":\"unreadable\"", string.Concat(json.Where(c => !char.IsWhiteSpace(c))));
            Assert.DoesNotContain("   at ", checkErrors);

            var (buildCode, stdout, stderr) = UnprivilegedGaleri.Run(temp.Path, "build");
            Assert.Equal(3, buildCode);
            Assert.Contains($"content/{target}:1:1 error Berkas atau folder ini tidak bisa dibaca", stdout + stderr);
            Assert.DoesNotContain("   at ", stdout + stderr);
            Assert.False(Directory.Exists(temp.Combine("public")));
        }
        finally
        {
            // Lets the temp folder be deleted when the tests do not run as root.
            File.SetUnixFileMode(Path.Combine(content, target), (UnixFileMode)0x1ED); // 0755
        }
    }
}
