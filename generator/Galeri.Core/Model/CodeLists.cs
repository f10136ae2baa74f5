namespace Galeri.Model;

/// <summary>The lists in content/ a <see cref="FieldType.Code"/> field takes its codes from (<see cref="Field.CodeList"/>).</summary>
internal static class CodeLists
{
    /// <summary>The <c>kode</c> of each OPD in content/opd.yml.</summary>
    public const string Opd = "opd";

    /// <summary>The <c>kode</c> of each urusan in content/referensi/urusan.yml.</summary>
    public const string Urusan = "urusan";

    /// <summary>The folder name of each innovation under content/inovasi/.</summary>
    public const string Innovation = "inovasi";
}
