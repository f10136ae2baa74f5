using System.Text.RegularExpressions;
using Galeri.Yaml;

namespace Galeri.Entries;

/// <summary>
/// Contacts in an entry are published for visiting teams, so they must be the institution's:
/// a personal mobile number (08…, +628…) or a personal mail box (gmail, yahoo, …) in <c>kontak</c>
/// is a warning, since it puts a staff member's private number on a public site.
/// </summary>
internal static partial class ContactPrivacy
{
    /// <summary>Mail services anyone can sign up to; an agency's own domain (…go.id) is never among them.</summary>
    public static readonly IReadOnlySet<string> PersonalMailDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "rocketmail.com", "hotmail.com", "outlook.com",
        "outlook.co.id", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com",
        "mail.com", "yandex.com", "zoho.com",
    };

    /// <summary>Every field of the contact group: a personal mail box anywhere; a mobile number where the field is not a <see cref="Model.FieldType.Phone"/>, whose reading checks it.</summary>
    public static void Check(FieldReader fields, Model.Field group)
    {
        foreach (var field in group.Fields)
        {
            if (field.Type != Model.FieldType.Phone) CheckMobile(fields, field.Key);
            if (Scalar(fields, field.Key) is not { } scalar) continue;
            foreach (Match mail in MailAddress().Matches(scalar.Value))
            {
                if (PersonalMailDomains.Contains(mail.Groups["domain"].Value))
                    fields.Diagnostics.Warning(fields.File, scalar.Position, fields.FieldName(field.Key), "contact-personal-email", fields.FieldName(field.Key), mail.Value);
            }
        }
    }

    /// <summary>A personal mobile number (08…, +628…) in the field is a warning: a staff member's private number on a public site.</summary>
    public static void CheckMobile(FieldReader fields, string key)
    {
        if (Scalar(fields, key) is { } scalar && MobileNumber().Match(scalar.Value) is { Success: true } mobile)
            fields.Diagnostics.Warning(fields.File, scalar.Position, fields.FieldName(key), "contact-personal-phone", fields.FieldName(key), mobile.Value.Trim());
    }

    private static YamlScalar? Scalar(FieldReader fields, string key) => fields.Map.Find(key)?.Value is YamlScalar { IsNull: false } scalar ? scalar : null;

    // 08xx, +62 8xx, 62-8xx, (0812) …: an Indonesian mobile number, at least 9 digits in all, spaces, dots and dashes between.
    [GeneratedRegex(@"(?<![\d+])(?:\+?62|0)[\s.-]?\(?8\d{1,2}\)?(?:[\s.-]?\d){6,9}(?!\d)")]
    private static partial Regex MobileNumber();

    [GeneratedRegex(@"[\w.+-]+@(?<domain>[\w-]+(?:\.[\w-]+)+)")]
    private static partial Regex MailAddress();
}
