namespace Galeri.Schema;

/// <summary>One code a <see cref="Model.FieldType.Code"/> field may take, with the label editors show beside it.</summary>
/// <param name="List">Which list it is from (<see cref="Model.CodeLists"/>).</param>
internal readonly record struct CodeChoice(string List, string Code, string Label);
