using Galeri.Diagnostics;
using static Galeri.Tests.Checking.CheckTestContent;

namespace Galeri.Tests.Checking;

/// <summary>Contacts are published for visiting teams: a personal mobile number or mail box is a warning.</summary>
public class ContactPrivacyTests
{
    [Theory]
    [InlineData("telepon: (0293) 362000", "telepon: 0812-3456-7890", "kontak.telepon", "0812-3456-7890")]
    [InlineData("telepon: (0293) 362000", "telepon: +62 812 3456 789", "kontak.telepon", "+62 812 3456 789")]
    [InlineData("telepon: (0293) 362000", "telepon: \"+6281234567890\"", "kontak.telepon", "+6281234567890")]
    [InlineData("unit: Seksi Pengujian Kendaraan", "unit: Seksi Pengujian (Pak Budi, 081234567890)", "kontak.unit", "081234567890")]
    public void A_personal_mobile_number_is_a_warning(string from, string to, string field, string number)
    {
        var warning = Assert.Single(Check((Kir, from, to)), d => d.Rule == "contact-personal-phone");
        Assert.Equal((Severity.Warning, field), (warning.Severity, warning.Field));
        Assert.Contains($"nomor ponsel pribadi ({number})", warning.Message());
    }

    [Theory]
    [InlineData("budi.dishub@gmail.com")]
    [InlineData("dishub_kota@yahoo.co.id")]
    [InlineData("Seksi.Uji@Outlook.com")]
    public void A_personal_mail_domain_is_a_warning(string address)
    {
        var warning = Assert.Single(Check((Kir, "email: dishub@contoh.go.id", $"email: {address}")), d => d.Rule == "contact-personal-email");
        Assert.Equal((Severity.Warning, "kontak.email"), (warning.Severity, warning.Field));
        Assert.Contains($"alamat e-mail pribadi ({address})", warning.Message());
    }

    [Fact]
    public void Office_numbers_and_institutional_mail_are_fine()
    {
        var diagnostics = Check((Kir, "telepon: (0293) 362000", "telepon: 0293-362000, 0293 3620 11 (layanan)"));
        Assert.DoesNotContain(diagnostics, d => d.Rule.StartsWith("contact-", StringComparison.Ordinal));
    }
}
