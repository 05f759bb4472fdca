using System.Collections.Generic;
using System.Composition;
using System.Linq;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.CodeFixes;

/// <summary>
/// GM0007: adds <c>Reviewed = "&lt;current fingerprint&gt;"</c> as the last argument of the attribute, laid out as the
/// arguments before it are: on the same line after <c>", "</c>, or on a line of its own at the last argument's
/// indentation when the list is written one argument a line. What followed the last argument (a comment, the line
/// break before <c>)</c>) stays after it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PinReviewedFixer)), Shared]
public sealed class PinReviewedFixer : GapCodeFixProvider
{
    private const string ReviewedName = "Reviewed";

    public PinReviewedFixer()
        : base(DiagnosticIds.UnpinnedReference)
    {
    }

    private protected override string? Title(ExpressionSyntax argument, Diagnostic diagnostic)
        => ArgumentList(argument) is { } list
            && !list.Arguments.Any(a => a.NameEquals?.Name.Identifier.ValueText == ReviewedName)
            && GapSyntax.Fingerprint(diagnostic) is { } fingerprint
            ? "Pin the reviewed fingerprint (" + fingerprint + ")"
            : null;

    private protected override SyntaxNode Fix(SyntaxNode root, IReadOnlyList<(ExpressionSyntax Argument, Diagnostic Diagnostic)> targets)
    {
        // One diagnostic per attribute; should two ever share one, the first pins it.
        var pins = new Dictionary<AttributeArgumentListSyntax, string>();
        foreach (var (argument, diagnostic) in targets)
        {
            var list = ArgumentList(argument)!;
            if (!pins.ContainsKey(list))
            {
                pins.Add(list, GapSyntax.Fingerprint(diagnostic)!);
            }
        }

        return root.ReplaceNodes(pins.Keys, (original, current) => WithPin(current, pins[original]));
    }

    private static AttributeArgumentListSyntax? ArgumentList(ExpressionSyntax argument)
        => argument.Parent is AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax list } ? list : null;

    private static AttributeArgumentListSyntax WithPin(AttributeArgumentListSyntax list, string fingerprint)
    {
        var arguments = list.Arguments;
        // No elastic trivia anywhere: the code action's cleanup would reformat around it.
        var pin = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(ReviewedName)),
            nameColon: null,
            GapSyntax.Literal(fingerprint)).NormalizeWhitespace();
        if (arguments.Count == 0)
        {
            return list.WithArguments(arguments.Add(pin));
        }

        var last = arguments.Last();
        var afterLast = last.GetTrailingTrivia();
        SyntaxToken comma;
        if (LineBreak(afterLast) is { } closingBreak)
        {
            // ")" stands on a line of its own: the comma goes right after the last argument, what followed it (a
            // comment, the line break) after the comma, and the pin on a new line before ")".
            comma = Comma(afterLast);
            pin = pin.WithLeadingTrivia(Indentation(last)).WithTrailingTrivia(closingBreak);
        }
        else
        {
            // Separated as the arguments before it are: the last comma's break or space (not its comment), or the break after "(" when there is
            // a single argument on its own line, else one space. What stood before ")" (a space) now follows the pin.
            var between = arguments.SeparatorCount > 0
                ? Layout(arguments.GetSeparator(arguments.SeparatorCount - 1).TrailingTrivia)
                : LineBreak(list.OpenParenToken.TrailingTrivia) is { } openingBreak
                    ? SyntaxFactory.TriviaList(openingBreak)
                    : SyntaxFactory.TriviaList(SyntaxFactory.Space);
            comma = Comma(between);
            if (LineBreak(between) is not null)
            {
                pin = pin.WithLeadingTrivia(Indentation(last));
            }

            pin = pin.WithTrailingTrivia(afterLast);
        }

        arguments = arguments.Replace(last, last.WithTrailingTrivia());

        return list.WithArguments(SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(arguments.GetWithSeparators().Add(comma).Add(pin)));
    }

    /// <summary>The line break, else the first white space, of trivia that may also hold a comment.</summary>
    private static SyntaxTriviaList Layout(SyntaxTriviaList trivia)
        => LineBreak(trivia) is { } lineBreak
            ? SyntaxFactory.TriviaList(lineBreak)
            : SyntaxFactory.TriviaList(trivia.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Take(1));

    private static SyntaxToken Comma(SyntaxTriviaList trailing)
        => SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CommaToken, trailing);

    private static SyntaxTrivia? LineBreak(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (item.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The white space the argument's line starts with, when the argument starts its line.</summary>
    private static SyntaxTriviaList Indentation(AttributeArgumentSyntax argument)
    {
        var leading = argument.GetLeadingTrivia();
        var indentation = new List<SyntaxTrivia>();
        for (var i = leading.Count - 1; i >= 0 && leading[i].IsKind(SyntaxKind.WhitespaceTrivia); i--)
        {
            indentation.Insert(0, leading[i]);
        }

        return SyntaxFactory.TriviaList(indentation);
    }
}
