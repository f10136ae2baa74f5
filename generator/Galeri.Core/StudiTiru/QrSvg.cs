namespace Galeri.StudiTiru;

/// <summary>
/// A QR code as inline SVG, drawn when a template shows it (<c>{{ qr | raw }}</c>): the entry page models
/// <c>galeri serve</c> keeps hold the matrix, not its drawing (about 8 KB a page, 0.4 GB at 50,000 entries).
/// </summary>
/// <param name="Matrix">Public, so that a page's fingerprint (Incremental.ModelFingerprint) sees the code.</param>
internal sealed record QrSvg(QrMatrix Matrix, string Label)
{
    public override string ToString() => QrCodeSvg.Draw(Matrix, Label);
}
