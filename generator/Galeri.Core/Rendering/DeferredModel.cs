namespace Galeri.Rendering;

/// <summary>
/// A page's model as the record of inputs it is made from, made only when the page is rendered
/// (<see cref="PageRenderer"/>). <c>galeri build</c> hands entry pages this instead of their model: the
/// page's fingerprint (<see cref="Incremental.ModelFingerprint"/>) then sees only <see cref="Inputs"/>,
/// its one public member, so a page unchanged since the last run never has its model made. At 50,000
/// entries a cached build made and walked 50,000 models (sections, drawn QR codes) only to find them unchanged.
/// </summary>
/// <param name="make">A pure function of the inputs: what it reads must be a member of them, so the fingerprint sees it.</param>
internal sealed class DeferredModel<TInputs>(TInputs inputs, Func<TInputs, object> make) : IDeferredModel where TInputs : class
{
    public TInputs Inputs => inputs;

    object IDeferredModel.Make() => make(inputs);
}
