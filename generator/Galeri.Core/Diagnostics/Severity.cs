namespace Galeri.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
