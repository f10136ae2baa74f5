namespace Galeri.Rendering;

/// <summary>A page model not made yet (<see cref="DeferredModel{TInputs}"/>): the renderer makes it when it renders the page.</summary>
internal interface IDeferredModel
{
    object Make();
}
