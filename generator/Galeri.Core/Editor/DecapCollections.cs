using Galeri.Content;
using Galeri.Entries.Sections;
using Galeri.Model;

namespace Galeri.Editor;

/// <summary>
/// The editor's collections, one per content type: innovations as page bundles (index.md with its
/// images beside it), visits, free pages, and the OPD and urusan lists as files. Paths are relative
/// to the repository root, where content/ is <paramref name="contentFolder"/>.
/// </summary>
internal static class DecapCollections
{
    /// <summary>The custom format (registered by the theme's admin/galeri-editor.js) for a YAML file that is a list at its root.</summary>
    public const string ListFormat = "daftar-yml";

    /// <summary>The one field a <see cref="ListFormat"/> file is shown as.</summary>
    public const string ListField = "daftar";

    public static List<Dictionary<string, object>> All(string contentFolder, EditorVocabulary vocabulary) =>
    [
        Innovations(contentFolder, vocabulary),
        Visits(contentFolder, vocabulary),
        FreePages(contentFolder, vocabulary),
        Lists(contentFolder, vocabulary),
    ];

    private static Dictionary<string, object> Innovations(string contentFolder, EditorVocabulary vocabulary) => new(StringComparer.Ordinal)
    {
        ["name"] = ContentLayout.InnovationsFolder,
        ["label"] = "Inovasi",
        ["label_singular"] = "Inovasi",
        ["description"] = "Satu inovasi satu folder: data pokok, uraian, dan gambarnya. Setiap simpanan menjadi usulan (pull request) yang ditinjau Balitbang sebelum terbit.",
        ["folder"] = contentFolder + "/" + ContentLayout.InnovationsFolder,
        // A page bundle: content/inovasi/<slug>/index.md, its images in the same folder.
        ["path"] = "{{slug}}/" + Path.GetFileNameWithoutExtension(ContentLayout.InnovationFile),
        ["extension"] = "md",
        ["format"] = "frontmatter",
        ["create"] = true,
        ["identifier_field"] = "nama",
        ["slug"] = "{{slug}}",
        ["summary"] = "{{nama}}",
        ["sortable_fields"] = new List<object> { "nama", "diperbarui" },
        ["media_folder"] = "",
        ["public_folder"] = "",
        ["fields"] = (List<Dictionary<string, object>>)[.. DecapWidgets.Of(InnovationFields.All, vocabulary), Body()],
    };

    /// <summary>The entry's Markdown, started with the section headings; the required ones must be written.</summary>
    private static Dictionary<string, object> Body()
    {
        var required = SectionKind.All.Where(k => k.Required).Select(k => k.Heading).ToList();
        return new(StringComparer.Ordinal)
        {
            ["name"] = "body",
            ["label"] = "Uraian",
            ["widget"] = "markdown",
            ["required"] = true,
            ["default"] = string.Join("\n\n", SectionKind.All.Select(k => "## " + k.Heading)) + "\n",
            ["hint"] = "Tulis di bawah setiap judul bagian. Wajib diisi: " + string.Join(", ", required) +
                ". Boleh diisi: " + string.Join(", ", SectionKind.All.Where(k => !k.Required).Select(k => k.Heading)) +
                ". Judul bagian jangan diubah.",
            // Every required heading, followed by text before the next heading.
            ["pattern"] = new List<object>
            {
                "^" + string.Concat(required.Select(h => $"(?=[\\s\\S]*(^|\\n)## {h}[ \\t]*\\n\\s*[^#\\s])")),
                "Bagian " + string.Join(", ", required) + " wajib ada dan berisi uraian.",
            },
        };
    }

    private static Dictionary<string, object> Visits(string contentFolder, EditorVocabulary vocabulary) => new(StringComparer.Ordinal)
    {
        ["name"] = ContentLayout.VisitsFolder,
        ["label"] = "Kunjungan studi tiru",
        ["label_singular"] = "Kunjungan",
        ["folder"] = contentFolder + "/" + ContentLayout.VisitsFolder,
        ["extension"] = "yml",
        ["format"] = "yml",
        ["create"] = true,
        ["identifier_field"] = "instansi",
        ["slug"] = "{{fields.tanggal}}-{{slug}}",
        ["summary"] = "{{tanggal}} · {{instansi}}",
        ["fields"] = DecapWidgets.Of(VisitFields.Visit.Fields, vocabulary),
    };

    private static Dictionary<string, object> FreePages(string contentFolder, EditorVocabulary vocabulary) => new(StringComparer.Ordinal)
    {
        ["name"] = ContentLayout.PagesFolder,
        ["label"] = "Halaman",
        ["label_singular"] = "Halaman",
        ["folder"] = contentFolder + "/" + ContentLayout.PagesFolder,
        ["extension"] = "md",
        ["format"] = "frontmatter",
        ["create"] = true,
        ["identifier_field"] = "judul",
        ["slug"] = "{{slug}}",
        ["fields"] = (List<Dictionary<string, object>>)
        [
            .. DecapWidgets.Of(FreePageFields.Page.Fields, vocabulary),
            new(StringComparer.Ordinal)
            {
                ["name"] = "body", ["label"] = "Isi", ["widget"] = "markdown", ["required"] = true,
                ["hint"] = "Gunakan judul ## untuk membagi bagian.",
            },
        ],
    };

    /// <summary>opd.yml and referensi/urusan.yml: each a list at the file's root, shown as one list field.</summary>
    private static Dictionary<string, object> Lists(string contentFolder, EditorVocabulary vocabulary) => new(StringComparer.Ordinal)
    {
        ["name"] = "referensi",
        ["label"] = "Daftar OPD dan urusan",
        ["description"] = "Kode yang sudah dipakai inovasi jangan diubah atau dihapus.",
        ["extension"] = "yml",
        ["format"] = ListFormat,
        ["files"] = new List<object>
        {
            ListFile("opd", "Perangkat daerah (OPD)", contentFolder + "/" + ContentLayout.OpdFile, OpdFields.List.Item!.Fields, vocabulary),
            ListFile("urusan", "Urusan pemerintahan", contentFolder + "/" + ContentLayout.UrusanFile, UrusanFields.List.Item!.Fields, vocabulary),
        },
    };

    private static Dictionary<string, object> ListFile(string name, string label, string file, IReadOnlyList<Field> item, EditorVocabulary vocabulary)
    {
        var list = DecapWidgets.Of(new Field(ListField, FieldType.List, "") { Item = new Field("", FieldType.Group, "") { Fields = item } }, vocabulary);
        list["label"] = label;
        list["collapsed"] = true;
        return new(StringComparer.Ordinal)
        {
            ["name"] = name,
            ["label"] = label,
            ["file"] = file,
            ["fields"] = new List<object> { list },
        };
    }
}
