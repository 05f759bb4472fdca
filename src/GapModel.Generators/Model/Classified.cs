namespace GapModel.Generators.Model;

/// <summary>
/// A classified field's value (<see cref="Shared.ClassifiedField"/>): the kind its vocabulary gives it (the value of
/// the runtime enum), the text as written and the field it was read from (<see langword="null"/> when the entry does
/// not give it).
/// </summary>
internal sealed record Classified(int Kind, string Text, SourcePosition? Where)
{
    public static readonly Classified None = new(0, string.Empty, null);
}
