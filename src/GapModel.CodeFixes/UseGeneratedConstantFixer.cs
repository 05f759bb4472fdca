using System.Collections.Generic;
using System.Composition;
using System.Linq;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.CodeFixes;

/// <summary>GM0004: replaces the string literal with the generated constant the analyzer found for it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGeneratedConstantFixer)), Shared]
public sealed class UseGeneratedConstantFixer : GapCodeFixProvider
{
    public UseGeneratedConstantFixer()
        : base(DiagnosticIds.UseGeneratedConstant)
    {
    }

    private protected override string? Title(ExpressionSyntax argument, Diagnostic diagnostic)
        => GapSyntax.Constant(diagnostic) is null ? null : "Use '" + GapSyntax.ConstantDisplay(diagnostic) + "'";

    private protected override SyntaxNode Fix(SyntaxNode root, IReadOnlyList<(ExpressionSyntax Argument, Diagnostic Diagnostic)> targets)
        => root.ReplaceNodes(
            targets.Select(t => t.Argument),
            (original, _) => GapSyntax.Constant(targets.First(t => t.Argument == original).Diagnostic)!.InPlaceOf(original));
}
