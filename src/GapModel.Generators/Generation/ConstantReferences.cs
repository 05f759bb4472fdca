using System.Runtime.CompilerServices;
using System.Threading;
using GapModel.Generators.Input;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.Generators.Generation;

/// <summary>
/// What an <c>[AddressesGap]</c> argument that did not bind refers to. The generator cannot see its own output, so a
/// generated constant (<c>Gaps.Auth001</c>) does not bind here however it is written: qualified or not
/// (<c>App.Gaps.Auth001</c>, <c>global::App.Gaps.Auth001</c>), through an alias (<c>using G = App.Gaps;</c>), through
/// <c>using static App.Gaps;</c> (global or not), or through a constant of the user's own whose initializer is one of
/// those (<c>const string Mine = Gaps.Auth001;</c>, followed to a bounded depth, in any file). The name is read with
/// the semantic model where one helps (aliases, imports, constants) and is only ever a generated constant's when the
/// type it is read from is named <c>Gaps</c>.
/// </summary>
internal static class ConstantReferences
{
    private const string ConstantsType = "Gaps";

    /// <summary>How many user constants are followed, one initializer to the next (a cycle is a compile error anyway).</summary>
    private const int MaxDepth = 8;

    public static ConstantReference? Resolve(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        => Resolve(expression, model, 0, cancellationToken);

    private static ConstantReference? Resolve(ExpressionSyntax expression, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        if (expression is LiteralExpressionSyntax literal)
        {
            return literal.IsKind(SyntaxKind.StringLiteralExpression) ? new ConstantReference(literal.Token.ValueText, null) : null;
        }

        if (expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access && NamesConstantsType(access.Expression, model, cancellationToken))
        {
            return new ConstantReference(null, member.Identifier.ValueText);
        }

        if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
        {
            return null;
        }

        switch (model.GetSymbolInfo(expression, cancellationToken).Symbol)
        {
            case IFieldSymbol { IsConst: true, ConstantValue: string id }:
                return new ConstantReference(id, null);
            case IFieldSymbol { IsConst: true } constant:
                // A constant of the user's whose value did not bind: it is what its initializer is.
                return depth < MaxDepth ? Follow(constant, model, depth + 1, cancellationToken) : null;
            case null when expression is IdentifierNameSyntax identifier && ImportsConstantsType(model, identifier.SpanStart, cancellationToken):
                return new ConstantReference(null, identifier.Identifier.ValueText);
            default:
                return null;
        }
    }

    private static ConstantReference? Follow(IFieldSymbol constant, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        foreach (var reference in constant.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                var valueModel = reference.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(reference.SyntaxTree);
                return Resolve(value, valueModel, depth, cancellationToken);
            }
        }

        return null;
    }

    /// <summary><c>Gaps</c>, <c>App.Gaps</c>, <c>global::Gaps</c>, or an alias of a type named <c>Gaps</c> (an error type here).</summary>
    private static bool NamesConstantsType(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == ConstantsType
            || model.GetAliasInfo(identifier, cancellationToken)?.Target.Name == ConstantsType,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == ConstantsType,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == ConstantsType,
        _ => false,
    };

    /// <summary>
    /// Whether a <c>using static</c> of a type named <c>Gaps</c> is in scope here: in this file's usings (those of the
    /// enclosing namespaces and the compilation unit) or a <c>global using static</c> of any file. The import scopes
    /// only list imports that bind, and a generated <c>Gaps</c> does not bind here, so the directives are read as
    /// syntax; the import scopes still answer for a <c>Gaps</c> the user also declares a part of.
    /// </summary>
    private static bool ImportsConstantsType(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        foreach (var scope in model.GetImportScopes(position, cancellationToken))
        {
            foreach (var import in scope.Imports)
            {
                if (import.NamespaceOrType is ITypeSymbol { Name: ConstantsType })
                {
                    return true;
                }
            }
        }

        var token = model.SyntaxTree.GetRoot(cancellationToken).FindToken(position);
        foreach (var ancestor in token.Parent?.Ancestors() ?? [])
        {
            var usings = ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (IsStaticImportOfConstantsType(directive))
                {
                    return true;
                }
            }
        }

        return GlobalStaticImports.GetValue(model.Compilation, static compilation => new StrongBox<bool>(HasGlobalStaticImport(compilation))).Value;
    }

    /// <summary>Per compilation: whether any file has <c>global using static ...Gaps;</c>, read once from the files' tops.</summary>
    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> GlobalStaticImports = new();

    private static bool HasGlobalStaticImport(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && IsStaticImportOfConstantsType(directive))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsStaticImportOfConstantsType(UsingDirectiveSyntax directive)
        => directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && SyntaxNames.Rightmost(directive.Name) == ConstantsType;
}
