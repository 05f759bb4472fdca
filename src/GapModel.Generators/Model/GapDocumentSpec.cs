namespace GapModel.Generators.Model;

/// <summary>Everything read from one gap document, independent of its path.</summary>
internal sealed record GapDocumentSpec(
    EquatableArray<GapSpec> Gaps,
    EquatableArray<MarkdownDiagnostic> Diagnostics,
    int? DeclaredTotal)
{
    public static readonly GapDocumentSpec Empty = new(EquatableArray<GapSpec>.Empty, EquatableArray<MarkdownDiagnostic>.Empty, null);
}
