using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries.Sections;
using Galeri.Text;
using Galeri.Yaml;

namespace Galeri.Entries;

/// <summary>
/// Turns <c>inovasi/&lt;slug&gt;/index.md</c> into an <see cref="Innovation"/>: the shape and types
/// of every field. What the values mean together (dates in order, images present, references
/// to other files) is checked afterwards by <see cref="InnovationRules"/> and the content validator.
/// </summary>
public static class InnovationParser
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "nama", "akronim", "opd", "ringkasan", "jenis", "bentuk", "urusan", "tahapan", "status",
        "tanggal_uji_coba", "tanggal_penerapan", "tag", "aspek_ipp", "sdgs", "dampak", "penghargaan",
        "replikasi", "tautan", "kontak", "gambar", "diperbarui",
    ];

    private static readonly string[] ImpactFields = ["indikator", "satuan", "sebelum", "sesudah", "tahun", "sumber"];
    private static readonly string[] AwardFields = ["nama", "penyelenggara", "tahun"];
    private static readonly string[] ReplicationFields = ["dapat_direplikasi", "prasyarat", "direplikasi_oleh"];
    private static readonly string[] ReplicatorFields = ["instansi", "daerah", "tahun"];
    private static readonly string[] LinkFields = ["layanan", "video", "dokumen"];
    private static readonly string[] ContactFields = ["unit", "email", "telepon"];
    private static readonly string[] ImageFields = ["berkas", "alt"];

    public const int FirstYear = 1945;

    /// <summary>A year in an entry is never later than next year (an award announced for it at most).</summary>
    public static int LastYear => DateTime.Today.Year + 1;

    /// <summary>
    /// The largest size of an impact figure, either sign: a trillion, the scale of a city's whole
    /// budget in rupiah. Larger figures are typing mistakes, and would overflow the change shown in percent.
    /// </summary>
    public const decimal ImpactLimit = 1_000_000_000_000m;

    /// <returns>The entry, or null when it is too broken to be shown (the diagnostics say why).</returns>
    public static Innovation? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var slug = ContentLayout.EntryFolderOf(file.RelativePath);
        if (!Slugs.IsValid(slug))
            diagnostics.Error(file.DisplayPath, SourcePosition.Start, "", "slug-format", slug, Slugs.From(slug));

        var frontMatter = FrontMatter.Split(file, diagnostics);
        if (frontMatter is null) return null;
        var map = YamlTreeReader.ReadMap(frontMatter.Yaml, file.DisplayPath, frontMatter.YamlLineOffset, diagnostics, "nama");
        if (map is null) return null;

        var fields = new FieldReader(map, file.DisplayPath, diagnostics);
        fields.RejectUnknownKeys(Fields);
        var name = fields.Text("nama", required: true);
        var opd = fields.Text("opd", required: true);
        var summary = fields.Text("ringkasan", required: true);
        var sections = BodySectionSplitter.Split(frontMatter.Body, frontMatter.BodyLineOffset, file.DisplayPath, diagnostics);

        var innovation = new Innovation
        {
            Slug = slug,
            Source = file,
            Name = name ?? slug,
            Acronym = fields.Text("akronim"),
            OpdCode = opd ?? "",
            Summary = summary ?? "",
            Jenis = fields.Choice("jenis", Vocabulary.Jenis),
            Bentuk = fields.Choice("bentuk", Vocabulary.Bentuk),
            UrusanCode = fields.Text("urusan"),
            Tahapan = fields.Choice("tahapan", Vocabulary.Tahapan),
            Status = fields.Choice("status", Vocabulary.Status),
            TrialDate = fields.Date("tanggal_uji_coba"),
            LaunchDate = fields.Date("tanggal_penerapan"),
            LaunchDateWritten = map.Find("tanggal_penerapan")?.Value is YamlScalar { IsNull: false, Value.Length: > 0 } or YamlSequence or YamlMap,
            Tags = fields.TextList("tag").Select(t => t.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            IppAspects = ReadChoices(fields, "aspek_ipp", Vocabulary.IppAspects),
            Sdgs = fields.IntegerList("sdgs", 1, 17),
            Impacts = fields.NestedList("dampak").Select(ReadImpact).OfType<Impact>().ToList(),
            Awards = fields.NestedList("penghargaan").Select(ReadAward).OfType<Award>().ToList(),
            Replication = fields.Nested("replikasi") is { } replication ? ReadReplication(replication) : null,
            Links = fields.Nested("tautan") is { } links ? ReadLinks(links) : EntryLinks.None,
            Contact = fields.Nested("kontak") is { } contact ? ReadContact(contact) : null,
            Images = fields.NestedList("gambar").Select(ReadImage).OfType<EntryImage>().ToList(),
            Updated = fields.Date("diperbarui"),
            Sections = sections,
            FieldPositions = map.Entries.ToDictionary(e => e.Key.Value, e => e.Key.Position, StringComparer.Ordinal),
        };
        return name is null || opd is null || summary is null ? null : innovation;
    }

    private static IReadOnlyList<string> ReadChoices(FieldReader fields, string key, IReadOnlyList<string> allowed)
    {
        var result = new List<string>();
        foreach (var (value, position) in fields.TextList(key))
        {
            if (allowed.Contains(value, StringComparer.Ordinal))
            {
                if (!result.Contains(value)) result.Add(value);
                continue;
            }
            fields.Diagnostics.Error(fields.File, position, fields.FieldName(key), "enum",
                fields.FieldName(key), value, string.Join(", ", allowed), Suggestions.Closest(value, allowed) ?? "");
        }
        return result;
    }

    private static Impact? ReadImpact(FieldReader item)
    {
        item.RejectUnknownKeys(ImpactFields);
        var indicator = item.Text("indikator", required: true);
        var impact = new Impact(indicator ?? "", item.Text("satuan"), item.Number("sebelum", -ImpactLimit, ImpactLimit), item.Number("sesudah", -ImpactLimit, ImpactLimit),
            item.Integer("tahun", FirstYear, LastYear), item.Text("sumber"));
        return indicator is null ? null : impact;
    }

    private static Award? ReadAward(FieldReader item)
    {
        item.RejectUnknownKeys(AwardFields);
        var name = item.Text("nama", required: true);
        var award = new Award(name ?? "", item.Text("penyelenggara"), item.Integer("tahun", FirstYear, LastYear));
        return name is null ? null : award;
    }

    private static Replication ReadReplication(FieldReader fields)
    {
        fields.RejectUnknownKeys(ReplicationFields);
        var replicators = new List<Replicator>();
        foreach (var item in fields.NestedList("direplikasi_oleh"))
        {
            item.RejectUnknownKeys(ReplicatorFields);
            var agency = item.Text("instansi", required: true);
            var replicator = new Replicator(agency ?? "", item.Text("daerah"), item.Integer("tahun", FirstYear, LastYear));
            if (agency is not null) replicators.Add(replicator);
        }
        return new Replication(fields.Boolean("dapat_direplikasi"), fields.TextList("prasyarat").Select(p => p.Value).ToList(), replicators);
    }

    private static EntryLinks ReadLinks(FieldReader fields)
    {
        fields.RejectUnknownKeys(LinkFields);
        return new EntryLinks(fields.Url("layanan"), fields.Url("video"), fields.Url("dokumen"));
    }

    private static Contact ReadContact(FieldReader fields)
    {
        fields.RejectUnknownKeys(ContactFields);
        return new Contact(fields.Text("unit"), fields.Email("email"), fields.Text("telepon"));
    }

    private static EntryImage? ReadImage(FieldReader item)
    {
        item.RejectUnknownKeys(ImageFields);
        var file = item.Text("berkas", required: true);
        var alt = item.Text("alt", required: true);
        return file is null || alt is null ? null : new EntryImage(file, alt, item.PositionOf("berkas"));
    }
}
