using System.Collections.Generic;
using System.Composition;
using System.Linq;
using GapModel.Generators.Analysis;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.CodeFixes;

/// <summary>
/// GM0001: replaces a mistyped gap ID with the one the analyzer suggests, in the user's style: a literal stays a
/// literal; a constant becomes the suggested gap's generated constant when it has one, else a literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownGapFixer)), Shared]
public sealed class UnknownGapFixer : GapCodeFixProvider
{
    public UnknownGapFixer()
        : base(DiagnosticIds.UnknownGap)
    {
    }

    private protected override string? Title(ExpressionSyntax argument, Diagnostic diagnostic)
        => Suggestion(diagnostic) is { } id ? "Use '" + id + "'" : null;

    private protected override SyntaxNode Fix(SyntaxNode root, IReadOnlyList<(ExpressionSyntax Argument, Diagnostic Diagnostic)> targets)
        => root.ReplaceNodes(
            targets.Select(t => t.Argument),
            (original, _) =>
            {
                var diagnostic = targets.First(t => t.Argument == original).Diagnostic;
                var replacement = IsConstantReference(original) && GapSyntax.Constant(diagnostic) is { } constant
                    ? constant
                    : GapSyntax.Literal(Suggestion(diagnostic)!);
                return replacement.InPlaceOf(original);
            });

    private static string? Suggestion(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(AddressesGapAnalyzer.SuggestedIdProperty, out var id) && !string.IsNullOrEmpty(id) ? id : null;

    private static bool IsConstantReference(ExpressionSyntax argument)
        => argument is IdentifierNameSyntax or MemberAccessExpressionSyntax or AliasQualifiedNameSyntax;
}
