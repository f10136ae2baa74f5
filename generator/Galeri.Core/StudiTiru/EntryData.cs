using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Galeri.Entries;
using Galeri.Output;
using Galeri.Rendering;

namespace Galeri.StudiTiru;

/// <summary>
/// One classic script per entry, <c>inovasi/&lt;slug&gt;/studi-tiru.js</c>, handing the compare and
/// visit plan pages what they show of it (facts, impact, the "Siap ditiru?" data, contact, the
/// handout's QR code). Scripts, not JSON files, because a page opened from <c>file://</c> may load a
/// script but not fetch a file; one per entry, so a plan of three loads three, however large the
/// catalog. The name cannot clash with a contributor's file: .js is never published from an entry folder.
/// </summary>
internal static partial class EntryData
{
    public const string FileName = "studi-tiru.js";

    /// <summary>The longest excerpt of a section (the problem, how it works) on a handout, in characters.</summary>
    private const int ExcerptLength = 420;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Letters as they are; the file is a script, never parsed as HTML, and <, >, & stay escaped anyway.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <param name="keep">
    /// Takes each script as it is made, in parallel (<c>galeri build</c> reads it and puts it on disk). A script is
    /// made when its bytes are first read (<see cref="OutputFile.Later"/>): <c>galeri serve</c>, which keeps the
    /// files it is handed, makes one only when a compare or plan page asks for it, instead of holding 50,000 in memory.
    /// </param>
    public static IEnumerable<OutputFile> Files(SiteModel site, Func<OutputFile, OutputFile> keep) =>
        site.Content.Innovations.AsParallel().AsOrdered().Select(entry =>
        {
            var page = SiteModel.EntryPath(entry.Slug);
            return keep(site.Session.Files.Reuse(entry.Source, page + FileName,
                new EntryDataInputs(entry, site.Card(entry), site.Strings, site.Content.Site, site.Content.OpdByCode.GetValueOrDefault(entry.OpdCode),
                    site.Content.Site.AbsoluteUrl(page) is { } url ? site.QrCode(url) : null),
                inputs => OutputFile.Later(page + FileName, () => Write(inputs))));
        });

    private static byte[] Write(EntryDataInputs inputs)
    {
        var (entry, card, strings, config, opd, qr) = inputs;
        var numbers = SiteModel.NumbersOf(strings);
        var absolute = config.AbsoluteUrl(SiteModel.EntryPath(entry.Slug));
        var record = new
        {
            entry.Slug,
            entry.Name,
            entry.Acronym,
            Url = card.Url,
            AbsoluteUrl = absolute,
            Opd = new { card.Opd.Code, Name = card.Opd.Label, Short = card.Opd.Short },
            Urusan = card.Urusan?.Label,
            Jenis = card.Jenis?.Label,
            Tahapan = card.Tahapan?.Label,
            Status = card.Status is { } s ? new { s.Code, s.Label } : null,
            card.Year,
            entry.Summary,
            Problem = Excerpt(entry, "latar-belakang"),
            HowItWorks = Excerpt(entry, "cara-kerja"),
            Impacts = entry.Impacts.Select(i => new
            {
                i.Indicator, i.Unit,
                Before = i.Before is { } b ? numbers.Format(b) : null,
                After = i.After is { } a ? numbers.Format(a) : null,
                i.Year,
            }),
            Readiness = ReadinessViews.Of(entry, strings),
            Contact = entry.Contact,
            OpdWebsite = opd?.Website,
            Qr = absolute is null || qr is null ? null : QrCodeSvg.Draw(qr, strings.Get("siap.qr_label", "{url}").Replace("{url}", absolute, StringComparison.Ordinal)),
        };
        return System.Text.Encoding.UTF8.GetBytes("window.GaleriStudiTiru&&GaleriStudiTiru.terima(" + JsonSerializer.Serialize(record, Json) + ");\n");
    }

    /// <summary>The start of a standard section as plain text, cut at a word: the problem in brief, how it works.</summary>
    private static string? Excerpt(Innovation entry, string id)
    {
        var section = entry.Sections.FirstOrDefault(s => s.Id == id);
        if (section is null) return null;
        var text = Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(section.Html, " ")), " ").Trim();
        if (text.Length <= ExcerptLength) return text;
        var cut = text.LastIndexOf(' ', ExcerptLength);
        return text[..(cut > 0 ? cut : ExcerptLength)].TrimEnd(',', ';', ':') + " …";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>Everything an entry's data script is made from (see <see cref="Incremental.FileMemo"/>): the QR code's modules are public so that its fingerprint sees them.</summary>
internal sealed record EntryDataInputs(Innovation Entry, EntryCard Card, Theming.Strings Strings, Site.SiteConfig Site, Opds.Opd? Opd, QrMatrix? Qr);
