namespace Galeri.Statistics;

/// <summary>What <c>layouts/statistik.liquid</c> sees: the totals and one chart per breakdown.</summary>
internal sealed record StatisticsPageModel(int Entries, int Awards, int Replications, IReadOnlyList<ChartView> Charts);

/// <summary>One breakdown: its SVG bar chart (made at build time) and the same numbers as a table, the chart's text alternative.</summary>
/// <param name="Key">Used for element ids: "opd", "urusan", ...</param>
/// <param name="Svg">The chart, already safe to place in the page as it is.</param>
/// <param name="LabelHeading">The table's first column heading.</param>
/// <param name="CountHeading">The table's number column heading.</param>
internal sealed record ChartView(string Key, string Title, string Svg, string LabelHeading, string CountHeading, IReadOnlyList<ChartRow> Rows);

/// <param name="Short">The label in the chart, where space is short (an OPD's abbreviation).</param>
/// <param name="Url">The page listing these innovations, when there is one.</param>
internal sealed record ChartRow(string Label, string Short, int Count, string? Url);
