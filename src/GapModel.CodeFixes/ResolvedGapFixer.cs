using System.Collections.Generic;
using System.Composition;
using System.Linq;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.CodeFixes;

/// <summary>
/// GM0002: removes the stale <c>[AddressesGap]</c>. Only that attribute when its list holds others
/// (<c>[Obsolete, AddressesGap(...)]</c> keeps <c>[Obsolete]</c>), else the whole list and its line, keeping the
/// comments and directives above it and leaving no blank line behind. A comment after the list on its own line
/// is about the attribute and goes with it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ResolvedGapFixer)), Shared]
public sealed class ResolvedGapFixer : GapCodeFixProvider
{
    public ResolvedGapFixer()
        : base(DiagnosticIds.ResolvedGap)
    {
    }

    private protected override string? Title(ExpressionSyntax argument, Diagnostic diagnostic)
        => argument.FirstAncestorOrSelf<AttributeSyntax>()?.Parent is AttributeListSyntax ? "Remove the stale [AddressesGap]" : null;

    private protected override SyntaxNode Fix(SyntaxNode root, IReadOnlyList<(ExpressionSyntax Argument, Diagnostic Diagnostic)> targets)
    {
        var attributes = targets.Select(t => t.Argument.FirstAncestorOrSelf<AttributeSyntax>()!).Distinct().ToList();
        var lists = attributes.GroupBy(a => (AttributeListSyntax)a.Parent!).ToList();
        var tracked = root.TrackNodes(lists.Select(g => g.Key));
        foreach (var group in lists)
        {
            var list = tracked.GetCurrentNode(group.Key)!;
            if (group.Count() == list.Attributes.Count)
            {
                tracked = AttributeListRemoval.Remove(tracked, list);
                continue;
            }

            // Removing by index, last first, takes each attribute's separator along and leaves the others as written.
            var remaining = list.Attributes;
            foreach (var index in group.Select(a => group.Key.Attributes.IndexOf(a)).OrderByDescending(i => i))
            {
                remaining = remaining.RemoveAt(index);
            }

            tracked = tracked.ReplaceNode(list, list.WithAttributes(remaining));
        }

        return tracked;
    }
}
