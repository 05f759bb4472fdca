using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using GapModel.Generators.Analysis;

namespace GapModel.CodeFixes;

/// <summary>The expressions the fixes put in an attribute argument.</summary>
internal static class GapSyntax
{
    public static ExpressionSyntax Literal(string id)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id));

    /// <summary>
    /// The constant the analyzer found, fully qualified (<c>global::App.Gaps.Auth001</c>) and marked for the
    /// simplifier, which shortens it as far as it still binds there (<c>Gaps.Auth001</c> inside <c>namespace App</c>);
    /// nothing is imported, so nothing else in the file can change meaning.
    /// </summary>
    public static ExpressionSyntax? Constant(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(AddressesGapAnalyzer.ConstantTypeProperty, out var type)
            || !diagnostic.Properties.TryGetValue(AddressesGapAnalyzer.ConstantNameProperty, out var name)
            || string.IsNullOrEmpty(type)
            || string.IsNullOrEmpty(name))
        {
            return null;
        }

        return SyntaxFactory.ParseExpression(type + "." + name).WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>The constant as titles show it: <c>Gaps.Auth001</c>.</summary>
    public static string ConstantDisplay(Diagnostic diagnostic)
    {
        var type = diagnostic.Properties[AddressesGapAnalyzer.ConstantTypeProperty] ?? string.Empty;
        return type.Substring(type.LastIndexOf('.') + 1) + "." + diagnostic.Properties[AddressesGapAnalyzer.ConstantNameProperty];
    }

    /// <summary>The gap's current fingerprint, which GM0006 and GM0007 carry; null when missing.</summary>
    public static string? Fingerprint(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(AttributeChecker.FingerprintProperty, out var fingerprint) && !string.IsNullOrEmpty(fingerprint)
            ? fingerprint
            : null;

    /// <summary>The new argument, in the place and with the trivia of the old one.</summary>
    public static ExpressionSyntax InPlaceOf(this ExpressionSyntax replacement, ExpressionSyntax original)
        => replacement.WithTriviaFrom(original);
}
