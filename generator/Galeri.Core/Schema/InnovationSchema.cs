using Galeri.Content;
using Galeri.Model;

namespace Galeri.Schema;

/// <summary>The schema of an entry's front matter, the one the site publishes for editors at <see cref="SitePath"/>.</summary>
internal static class InnovationSchema
{
    public const string SitePath = "schema/inovasi.schema.json";

    public static string Write(SiteContent content) =>
        ContentSchema.Write(ContentTypes.Innovation, SchemaInputs.Of(ContentTypes.Innovation, content));
}
