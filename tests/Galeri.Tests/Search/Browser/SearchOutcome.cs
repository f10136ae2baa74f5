using System.Collections;
using OpenQA.Selenium.Chrome;

namespace Galeri.Tests.Search.Browser;

/// <summary>What the search page shows after a query: the full-match count, whether the "some of the words" list is shown, and each result's name and reason line.</summary>
public sealed record SearchOutcome(int Full, bool Partial, IReadOnlyList<string> Names, IReadOnlyList<string> Reasons)
{
    /// <summary>Runs a query through the page's own update (as Enter or an address would, unless <paramref name="typed"/>), waits for it (it may load parts of the index) and reads the page.</summary>
    public static SearchOutcome Of(ChromeDriver driver, string query, bool typed = false)
    {
        var read = (IDictionary<string, object>)driver.ExecuteScript("""
            return GaleriSearch.type(arguments[0], !arguments[1]).then(function () {
            var all = function (s) { return Array.prototype.map.call(document.querySelectorAll(s), function (e) { return e.textContent; }); };
            return {
              full: Number(document.getElementById('cari').getAttribute('data-penuh')),
              partial: !document.getElementById('cari-sebagian').hidden,
              names: all('#cari-daftar .hit-title'),
              reasons: all('#cari-daftar li').map(function (t, i) { var r = document.querySelectorAll('#cari-daftar li')[i].querySelector('.hit-alasan'); return r ? r.textContent : ''; })
            };
            });
            """, query, typed)!;
        static IReadOnlyList<string> Strings(object value) => [.. ((IEnumerable)value).Cast<object>().Select(o => o?.ToString() ?? "")];
        return new SearchOutcome(Convert.ToInt32(read["full"], System.Globalization.CultureInfo.InvariantCulture), (bool)read["partial"], Strings(read["names"]), Strings(read["reasons"]));
    }

    public override string ToString() =>
        $"{Full} full{(Partial ? " (partial list shown)" : "")}: " + string.Join(" | ", Names.Zip(Reasons, (n, r) => $"{n} [{r}]"));
}
