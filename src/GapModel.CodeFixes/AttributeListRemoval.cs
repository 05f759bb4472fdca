using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.CodeFixes;

/// <summary>
/// Removes a whole attribute list the way a person would: a list on its own line takes its line with it; the
/// comments and directives above it stay, moved onto what follows; no blank line is left where there was none.
/// </summary>
internal static class AttributeListRemoval
{
    public static SyntaxNode Remove(SyntaxNode root, AttributeListSyntax list)
    {
        var next = list.GetLastToken().GetNextToken(includeZeroWidth: true);
        var ownLine = list.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));

        // On its own line the list's indentation is the next line's too; on a shared line it is all there is.
        var kept = list.GetLeadingTrivia().ToList();
        if (ownLine)
        {
            while (kept.Count > 0 && kept[kept.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                kept.RemoveAt(kept.Count - 1);
            }
        }

        var following = next.LeadingTrivia.ToList();
        var atFileStart = list.GetFirstToken().GetPreviousToken(includeZeroWidth: true).IsKind(SyntaxKind.None);
        if (ownLine && StartsWithBlankLine(following) && (atFileStart ? kept.Count == 0 : EndsWithBlankLine(kept)))
        {
            // A blank line before and after the list, or the list first in the file: one blank line, or none, stays.
            following.RemoveAt(0);
        }

        var newNext = next.WithLeadingTrivia(kept.Concat(following));
        var withoutList = root.ReplaceToken(next, newNext);
        var current = withoutList.FindNode(list.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeListSyntax>();
        return current is null ? root : withoutList.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia)!;
    }

    private static bool StartsWithBlankLine(System.Collections.Generic.List<SyntaxTrivia> trivia)
        => trivia.Count > 0 && trivia[0].IsKind(SyntaxKind.EndOfLineTrivia);

    /// <summary>Whether the kept trivia ends at the start of a line that follows an empty one.</summary>
    private static bool EndsWithBlankLine(System.Collections.Generic.List<SyntaxTrivia> trivia)
    {
        var i = trivia.Count - 1;
        if (i < 0 || !trivia[i].IsKind(SyntaxKind.EndOfLineTrivia))
        {
            return false;
        }

        i--;
        while (i >= 0 && trivia[i].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            i--;
        }

        return i < 0 || trivia[i].IsKind(SyntaxKind.EndOfLineTrivia);
    }
}
