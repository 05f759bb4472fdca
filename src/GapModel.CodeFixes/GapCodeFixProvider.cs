using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.CodeFixes;

/// <summary>
/// What the GapModel fixes share: one rule each, one equivalence key per rule (the rule ID, whatever the
/// diagnostic's data), and a Fix All that applies every diagnostic of a document in one pass.
/// </summary>
public abstract class GapCodeFixProvider : CodeFixProvider
{
    private protected GapCodeFixProvider(string diagnosticId)
    {
        DiagnosticId = diagnosticId;
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
    }

    public string DiagnosticId { get; }

    /// <summary>The equivalence key of every action this fix registers: stable per rule, so Fix All finds them all.</summary>
    public string EquivalenceKey => DiagnosticId;

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => new GapFixAllProvider(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id == DiagnosticId && Argument(root, diagnostic) is { } argument && Title(argument, diagnostic) is { } title)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        cancellationToken => FixAsync(context.Document, new[] { diagnostic }, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The title of the fix for this diagnostic, or null when it cannot be fixed.</summary>
    private protected abstract string? Title(ExpressionSyntax argument, Diagnostic diagnostic);

    /// <summary>Applies the fixes of these diagnostics, all in <paramref name="root"/>'s document.</summary>
    private protected abstract SyntaxNode Fix(SyntaxNode root, IReadOnlyList<(ExpressionSyntax Argument, Diagnostic Diagnostic)> targets);

    internal async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = diagnostics
            .Where(d => d.Id == DiagnosticId)
            .Select(d => (Argument: Argument(root, d), Diagnostic: d))
            .Where(t => t.Argument is not null && Title(t.Argument, t.Diagnostic) is not null)
            .Select(t => (t.Argument!, t.Diagnostic))
            .ToList();
        return targets.Count == 0 ? document : document.WithSyntaxRoot(Fix(root, targets));
    }

    /// <summary>The attribute argument the analyzer reported: diagnostics are located exactly on it.</summary>
    internal static ExpressionSyntax? Argument(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource || span.End > root.FullSpan.End)
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        for (; node is not null; node = node.Parent)
        {
            if (node is ExpressionSyntax expression && expression.Span == span)
            {
                return expression.Parent is AttributeArgumentSyntax ? expression : null;
            }
        }

        return null;
    }
}
