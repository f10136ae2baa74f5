using System.CommandLine;

namespace Galeri.Cli.Reporting;

/// <summary>The <c>--quiet</c> and <c>--verbose</c> options that build and serve share.</summary>
public sealed class VerbosityOptions
{
    private readonly Option<bool> _quiet;
    private readonly Option<bool> _verbose;

    public VerbosityOptions(string quietDescription, string verboseDescription)
    {
        _quiet = new Option<bool>("--quiet", "-q") { Description = quietDescription };
        _verbose = new Option<bool>("--verbose") { Description = verboseDescription };
    }

    /// <summary>Adds both options to <paramref name="command"/>, and refuses them together.</summary>
    public void AddTo(Command command)
    {
        command.Add(_quiet);
        command.Add(_verbose);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_quiet) && result.GetValue(_verbose))
                result.AddError("--quiet dan --verbose tidak bisa dipakai bersamaan; pilih salah satu.");
        });
    }

    public Verbosity From(ParseResult parse) =>
        parse.GetValue(_quiet) ? Verbosity.Quiet : parse.GetValue(_verbose) ? Verbosity.Verbose : Verbosity.Normal;
}
