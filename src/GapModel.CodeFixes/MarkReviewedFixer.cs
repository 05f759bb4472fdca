using System.Collections.Generic;
using System.Composition;
using System.Linq;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.CodeFixes;

/// <summary>
/// GM0006: writes the gap's current fingerprint into <c>Reviewed</c>, as a string literal in place of whatever was
/// there (an old literal, a constant, <c>null</c>), with that expression's trivia.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkReviewedFixer)), Shared]
public sealed class MarkReviewedFixer : GapCodeFixProvider
{
    public MarkReviewedFixer()
        : base(DiagnosticIds.SuspectReference)
    {
    }

    private protected override string? Title(ExpressionSyntax argument, Diagnostic diagnostic)
        => argument.Parent is AttributeArgumentSyntax { NameEquals: not null } && GapSyntax.Fingerprint(diagnostic) is { } fingerprint
            ? "Mark as reviewed (" + fingerprint + ")"
            : null;

    private protected override SyntaxNode Fix(SyntaxNode root, IReadOnlyList<(ExpressionSyntax Argument, Diagnostic Diagnostic)> targets)
        => root.ReplaceNodes(
            targets.Select(t => t.Argument),
            (original, _) => GapSyntax.Literal(GapSyntax.Fingerprint(targets.First(t => t.Argument == original).Diagnostic)!).InPlaceOf(original));
}
