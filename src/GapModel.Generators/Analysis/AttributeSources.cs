using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Generators.Analysis;

/// <summary>
/// Where attributes can sit, each visited exactly once: a symbol's own attributes and those of the parts that
/// have no symbol action of their own (return value, parameters, type parameters).
/// </summary>
internal static class AttributeSources
{
    public static void ForSymbol(ISymbol symbol, Action<ImmutableArray<AttributeData>> check)
    {
        switch (symbol)
        {
            case IMethodSymbol { ContainingType.TypeKind: TypeKind.Delegate }:
                // Invoke, BeginInvoke and EndInvoke share the delegate's parameters: visited with the delegate type.
                return;
            case IMethodSymbol { PartialDefinitionPart: not null }:
                // The implementation part of a partial method: its attributes are merged into the definition's.
                return;
            case IMethodSymbol method:
                check(method.GetAttributes());
                ForSignature(method, check);
                return;
            case INamedTypeSymbol type:
                check(type.GetAttributes());
                ForTypeParameters(type.TypeParameters, check);
                if (type.DelegateInvokeMethod is { } invoke)
                {
                    check(invoke.GetReturnTypeAttributes());
                    ForParameters(invoke.Parameters, 0, check);
                }

                // [field: ...] on an auto-property goes to a backing field no symbol action visits.
                foreach (var member in type.GetMembers())
                {
                    if (member is IFieldSymbol { IsImplicitlyDeclared: true, AssociatedSymbol: IPropertySymbol } backingField)
                    {
                        check(backingField.GetAttributes());
                    }
                }

                return;
            case IPropertySymbol { PartialDefinitionPart: not null }:
                return;
            case IPropertySymbol property:
                check(property.GetAttributes());
                ForParameters(property.Parameters, 0, check);
                return;
            default:
                check(symbol.GetAttributes());
                return;
        }
    }

    /// <summary><c>[assembly: ...]</c> and <c>[module: ...]</c>: the attributes of this one list.</summary>
    public static void ForAssemblyOrModule(SyntaxNodeAnalysisContext context, Action<ImmutableArray<AttributeData>> check)
    {
        var list = (AttributeListSyntax)context.Node;
        var target = list.Target?.Identifier.Kind();
        if (target is not (SyntaxKind.AssemblyKeyword or SyntaxKind.ModuleKeyword))
        {
            return;
        }

        var attributes = target == SyntaxKind.AssemblyKeyword
            ? context.Compilation.Assembly.GetAttributes()
            : context.Compilation.SourceModule.GetAttributes();
        check(attributes.Where(a => a.ApplicationSyntaxReference is { } reference
            && reference.SyntaxTree == list.SyntaxTree
            && list.Span.Contains(reference.Span)).ToImmutableArray());
    }

    /// <summary><c>[field: ...]</c> on a field-like event, whose backing field no public API exposes.</summary>
    public static void ForEventField(SyntaxNodeAnalysisContext context, Action<AttributeSyntax> check)
    {
        var list = (AttributeListSyntax)context.Node;
        if (list.Target?.Identifier.IsKind(SyntaxKind.FieldKeyword) == true && list.Parent is EventFieldDeclarationSyntax)
        {
            foreach (var attribute in list.Attributes)
            {
                check(attribute);
            }
        }
    }

    /// <summary>
    /// Local functions and lambdas have no symbol action. Only those that carry an attribute list somewhere
    /// (themselves, a parameter, a type parameter) are bound, so the cost stays with the code that has one.
    /// </summary>
    public static void ForFunction(SyntaxNodeAnalysisContext context, Action<ImmutableArray<AttributeData>> check)
    {
        if (!HasAttributeLists(context.Node))
        {
            return;
        }

        var symbol = context.Node is LocalFunctionStatementSyntax
            ? context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken)
            : context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken).Symbol;
        if (symbol is IMethodSymbol method)
        {
            check(method.GetAttributes());
            ForSignature(method, check);
        }
    }

    private static bool HasAttributeLists(SyntaxNode node) => node switch
    {
        LocalFunctionStatementSyntax local => local.AttributeLists.Count > 0
            || local.ParameterList.Parameters.Any(p => p.AttributeLists.Count > 0)
            || (local.TypeParameterList?.Parameters.Any(p => p.AttributeLists.Count > 0) ?? false),
        ParenthesizedLambdaExpressionSyntax lambda => lambda.AttributeLists.Count > 0
            || lambda.ParameterList.Parameters.Any(p => p.AttributeLists.Count > 0),
        SimpleLambdaExpressionSyntax lambda => lambda.AttributeLists.Count > 0 || lambda.Parameter.AttributeLists.Count > 0,
        _ => false,
    };

    private static void ForSignature(IMethodSymbol method, Action<ImmutableArray<AttributeData>> check)
    {
        check(method.GetReturnTypeAttributes());
        ForTypeParameters(method.TypeParameters, check);

        // An indexer's accessors repeat its parameters (visited with the indexer); only a setter's 'value' is their own.
        var inherited = method.AssociatedSymbol is IPropertySymbol property ? property.Parameters.Length : 0;
        ForParameters(method.Parameters, inherited, check);
    }

    private static void ForParameters(ImmutableArray<IParameterSymbol> parameters, int skip, Action<ImmutableArray<AttributeData>> check)
    {
        for (var i = skip; i < parameters.Length; i++)
        {
            check(parameters[i].GetAttributes());
        }
    }

    private static void ForTypeParameters(ImmutableArray<ITypeParameterSymbol> typeParameters, Action<ImmutableArray<AttributeData>> check)
    {
        foreach (var typeParameter in typeParameters)
        {
            check(typeParameter.GetAttributes());
        }
    }
}
