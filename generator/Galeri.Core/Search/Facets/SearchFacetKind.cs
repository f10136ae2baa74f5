namespace Galeri.Search.Facets;

/// <summary>How a facet's value is read from an entry.</summary>
internal enum SearchFacetKind
{
    /// <summary>A code from a list kept in content/ (OPD, urusan): labelled by that list.</summary>
    Code,

    /// <summary>One of a closed vocabulary (jenis, tahapan, status): labelled by the UI strings.</summary>
    Choice,

    /// <summary>A yes/no fact: a true boolean, or a list that is not empty (has awards). One option, <c>ya</c>.</summary>
    Flag,

    /// <summary>The year the entry started (trial or launch), as the catalog's year pages use.</summary>
    Year,
}
