using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries.Sections;
using Galeri.Model;
using Galeri.Text;
using Galeri.Yaml;

namespace Galeri.Entries;

/// <summary>
/// Turns <c>inovasi/&lt;slug&gt;/index.md</c> into an <see cref="Innovation"/>: the shape and types
/// of every field <see cref="InnovationFields"/> declares (keys, vocabularies, ranges and what is
/// required come from there); fields without typed code below are read by their type alone. What the values mean together (dates in order, images present, references
/// to other files) is checked afterwards by <see cref="InnovationRules"/> and the content validator.
/// </summary>
internal static class InnovationParser
{
    private static readonly Field Shape = InnovationFields.Entry;
    private static readonly Field ImpactShape = Shape.Find("dampak")!.Item!;
    private static readonly Field AwardShape = Shape.Find("penghargaan")!.Item!;
    private static readonly Field ReplicationShape = Shape.Find("replikasi")!;
    private static readonly Field ReplicatorShape = ReplicationShape.Find("direplikasi_oleh")!.Item!;
    private static readonly Field LinkShape = Shape.Find("tautan")!;
    private static readonly Field ContactShape = Shape.Find("kontak")!;
    private static readonly Field ImageShape = Shape.Find("gambar")!.Item!;

    /// <returns>The entry, or null when it is too broken to be shown (the diagnostics say why).</returns>
    /// <param name="bundleFiles">The files of the entry's folder, when known: its photos in the body are then shown resized (<see cref="BodyPictures"/>).</param>
    /// <param name="syntax">How the front matter and the body are read; null: <see cref="EntrySyntax.Direct"/>.</param>
    public static Innovation? Parse(SourceFile file, DiagnosticBag diagnostics, IReadOnlyList<string>? bundleFiles = null, IEntrySyntax? syntax = null)
    {
        syntax ??= EntrySyntax.Direct;
        var slug = ContentLayout.EntryFolderOf(file.RelativePath);
        if (!Slugs.IsValid(slug))
            diagnostics.Error(file.DisplayPath, SourcePosition.Start, "", "slug-format", slug, Slugs.From(slug));

        var frontMatter = FrontMatter.Split(file, diagnostics);
        if (frontMatter is null) return null;
        var map = syntax.ReadMap(frontMatter.Yaml, file.DisplayPath, frontMatter.YamlLineOffset, diagnostics, "nama");
        if (map is null)
        {
            // Nothing of the front matter could be read: the body can still be checked in this run.
            syntax.Split(frontMatter.Body, frontMatter.BodyLineOffset, file.DisplayPath, diagnostics, null);
            return null;
        }

        var fields = new FieldReader(map, file.DisplayPath, diagnostics);
        fields.RejectUnknownKeys(Shape);
        var name = fields.Text(Shape, "nama");
        var opd = fields.Text(Shape, "opd");
        var summary = fields.Text(Shape, "ringkasan");
        var pictures = bundleFiles is null ? null : BodyPictures.For(Path.GetDirectoryName(file.FullPath)!, bundleFiles);
        var sections = syntax.Split(frontMatter.Body, frontMatter.BodyLineOffset, file.DisplayPath, diagnostics, pictures);

        var innovation = new Innovation
        {
            Slug = slug,
            Source = SourcePlace.Of(file),
            Name = name ?? slug,
            Acronym = fields.Text(Shape, "akronim"),
            OpdCode = opd ?? "",
            Summary = summary ?? "",
            Jenis = fields.Choice(Shape, "jenis"),
            Bentuk = fields.Choice(Shape, "bentuk"),
            UrusanCode = fields.Text(Shape, "urusan"),
            Tahapan = fields.Choice(Shape, "tahapan"),
            Status = fields.Choice(Shape, "status"),
            TrialDate = fields.Date(Shape, "tanggal_uji_coba"),
            LaunchDate = fields.Date(Shape, "tanggal_penerapan"),
            LaunchDateWritten = map.Find("tanggal_penerapan")?.Value is YamlScalar { IsNull: false, Value.Length: > 0 } or YamlSequence or YamlMap
                                || map.Unreadable.Contains("tanggal_penerapan"),
            Tags = fields.TextList(Shape, "tag").Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            IppAspects = fields.Choices(Shape, "aspek_ipp"),
            Sdgs = fields.IntegerList(Shape, "sdgs"),
            Impacts = fields.NestedList(Shape, "dampak").Select(ReadImpact).OfType<Impact>().ToList(),
            Awards = fields.NestedList(Shape, "penghargaan").Select(ReadAward).OfType<Award>().ToList(),
            Replication = fields.Nested(Shape, "replikasi") is { } replication ? ReadReplication(replication) : null,
            Budgets = StudiTiruParser.Budgets(fields),
            LegalBases = StudiTiruParser.LegalBases(fields),
            Documents = StudiTiruParser.Documents(fields),
            Links = fields.Nested(Shape, "tautan") is { } links ? ReadLinks(links) : EntryLinks.None,
            Contact = fields.Nested(Shape, "kontak") is { } contact ? ReadContact(contact) : null,
            Images = fields.NestedList(Shape, "gambar").Select(ReadImage).OfType<EntryImage>().ToList(),
            Updated = fields.Date(Shape, "diperbarui"),
            Sections = sections,
            Values = fields.Untyped(Shape),
            Record = OpenData.EntryRecord.Read(map, file.DisplayPath),
            FieldPositions = map.Entries.ToDictionary(e => e.Key.Value, e => e.Key.Position, StringComparer.Ordinal),
        };
        // An entry missing a required field (reported) is still returned: its references and images are checked in the same run.
        return innovation;
    }

    private static Impact? ReadImpact(FieldReader item)
    {
        item.RejectUnknownKeys(ImpactShape);
        var indicator = item.Text(ImpactShape, "indikator");
        var impact = new Impact(indicator ?? "", item.Text(ImpactShape, "satuan"), item.Number(ImpactShape, "sebelum"), item.Number(ImpactShape, "sesudah"),
            item.Integer(ImpactShape, "tahun"), item.Text(ImpactShape, "sumber"));
        return indicator is null ? null : impact;
    }

    private static Award? ReadAward(FieldReader item)
    {
        item.RejectUnknownKeys(AwardShape);
        var name = item.Text(AwardShape, "nama");
        var award = new Award(name ?? "", item.Text(AwardShape, "penyelenggara"), item.Integer(AwardShape, "tahun"));
        return name is null ? null : award;
    }

    private static Replication ReadReplication(FieldReader fields)
    {
        fields.RejectUnknownKeys(ReplicationShape);
        var replicators = new List<Replicator>();
        foreach (var item in fields.NestedList(ReplicationShape, "direplikasi_oleh"))
        {
            item.RejectUnknownKeys(ReplicatorShape);
            var agency = item.Text(ReplicatorShape, "instansi");
            var replicator = new Replicator(agency ?? "", item.Text(ReplicatorShape, "daerah"), item.Integer(ReplicatorShape, "tahun"));
            if (agency is not null) replicators.Add(replicator);
        }
        return new Replication(fields.Boolean(ReplicationShape, "dapat_direplikasi"), fields.TextList(ReplicationShape, "prasyarat"), replicators)
        {
            EstimatedCost = fields.Rupiah(ReplicationShape, "perkiraan_biaya"),
            PreparationMonths = fields.Integer(ReplicationShape, "waktu_persiapan_bulan"),
            Staff = fields.Integer(ReplicationShape, "petugas"),
        };
    }

    private static EntryLinks ReadLinks(FieldReader fields)
    {
        fields.RejectUnknownKeys(LinkShape);
        return new EntryLinks(fields.Url(LinkShape, "layanan"), fields.Url(LinkShape, "video"), fields.Url(LinkShape, "dokumen"));
    }

    private static Contact ReadContact(FieldReader fields)
    {
        fields.RejectUnknownKeys(ContactShape);
        ContactPrivacy.Check(fields, ContactShape);
        return new Contact(fields.Text(ContactShape, "unit"), fields.Email(ContactShape, "email"), fields.Phone(ContactShape, "telepon"));
    }

    private static EntryImage? ReadImage(FieldReader item)
    {
        item.RejectUnknownKeys(ImageShape);
        var file = item.Text(ImageShape, "berkas");
        var alt = item.Text(ImageShape, "alt");
        return file is null || alt is null ? null : new EntryImage(file, alt, item.PositionOf("berkas"));
    }
}
