using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GapModel.CodeFixes;

/// <summary>
/// Fix All in document, project and solution for one GapModel fix: each document rewritten once with all of its
/// diagnostics of that rule.
/// </summary>
/// <remarks>
/// <c>dotnet format analyzers --diagnostics GM0001 GM0002</c> asks each fix for the equivalence key of the first
/// diagnostic of <em>any</em> requested ID in the solution; handed a GM0001 diagnostic, the GM0002 fix registers
/// nothing and the key is null. A null key is therefore taken to mean this rule, and only a key of another
/// rule is refused.
/// </remarks>
internal sealed class GapFixAllProvider : DocumentBasedFixAllProvider
{
    private readonly GapCodeFixProvider _fix;

    public GapFixAllProvider(GapCodeFixProvider fix)
        : base(ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution))
    {
        _fix = fix;
    }

    protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var key = fixAllContext.CodeActionEquivalenceKey;
        if (key is not null && key != _fix.EquivalenceKey)
        {
            return document;
        }

        return await _fix.FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
