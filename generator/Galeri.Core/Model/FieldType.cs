namespace Galeri.Model;

/// <summary>What a field holds: decides how it is read, checked, described in the JSON Schema and documented.</summary>
internal enum FieldType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>A paragraph of text.</summary>
    LongText,

    /// <summary>A decimal number within <see cref="Field.Minimum"/>..<see cref="Field.Maximum"/>.</summary>
    Number,

    /// <summary>A whole number within <see cref="Field.Minimum"/>..<see cref="Field.Maximum"/>.</summary>
    Integer,

    /// <summary>A year, from <see cref="Field.FirstYear"/> to next year.</summary>
    Year,

    /// <summary>A date written YYYY-MM-DD.</summary>
    Date,

    /// <summary>An http(s) address.</summary>
    Url,

    Email,
    Phone,
    Boolean,

    /// <summary>A code others refer to: lowercase a-z, digits and single hyphens (the <c>kode</c> of opd.yml, urusan.yml).</summary>
    Slug,

    /// <summary>A code from a list kept in content/ (<see cref="Field.CodeList"/>: OPD, urusan, an entry's folder).</summary>
    Code,

    /// <summary>One of the closed <see cref="Field.Values"/>.</summary>
    Choice,

    /// <summary>A file name beside index.md, one of the published image types.</summary>
    ImageFile,

    /// <summary>A whole number of rupiah, 0 to <see cref="Field.Maximum"/>, written without separators (125000000).</summary>
    Rupiah,

    /// <summary>A file name beside index.md, one of the documents a delegation can take home (<see cref="Entries.StudiTiruVocabulary.DocumentExtensions"/>).</summary>
    DocumentFile,

    /// <summary>A list of <see cref="Field.Item"/>.</summary>
    List,

    /// <summary>A map of named <see cref="Field.Fields"/> (an object in JSON Schema).</summary>
    Group,
}
