using Galeri.Entries;

namespace Galeri.OpenData;

/// <summary>One innovation as the open-data files publish it: its folder name, its page, and its fields (<see cref="EntryRecord"/>).</summary>
/// <param name="Page">The entry page's absolute address when the site has a base_url, else its path from the site root.</param>
internal sealed record OpenDataRow(Innovation Entry, string Page, IReadOnlyDictionary<string, object> Values);
