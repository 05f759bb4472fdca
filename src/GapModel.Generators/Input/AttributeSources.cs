using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Generators.Input;

/// <summary>
/// The one definition of where an attribute written in source lands, for the analyzer and the generator alike.
/// <para>
/// Every attribute list is either <em>own</em>, landing on the symbol its syntax declares (or that method's return
/// value), or it <em>lands elsewhere</em> (<see cref="LandsElsewhere"/>): <c>[field:]</c> on a property or field-like
/// event, <c>[method:]</c> on a field-like event or a type with a primary constructor, <c>[property:]</c>/<c>[field:]</c>
/// on a record's positional parameter, <c>[param:]</c> on an accessor, <c>[return:]</c> on a delegate. Own lists are
/// read from the declared symbols (the analyzer's symbol actions through <see cref="ForSymbol"/>, the generator's
/// <c>ForAttributeWithMetadataName</c>, which returns exactly a symbol's own and return-value attributes); lists that
/// land elsewhere are read by both through <see cref="ForList"/>, so each attribute is visited exactly once.
/// </para>
/// </summary>
internal static class AttributeSources
{
    public static void ForSymbol(ISymbol symbol, Action<AttributeSite, ImmutableArray<AttributeData>> check)
    {
        switch (symbol)
        {
            case IMethodSymbol { ContainingType.TypeKind: TypeKind.Delegate }:
                // Invoke, BeginInvoke and EndInvoke share the delegate's parameters: visited with the delegate type.
                return;
            case IMethodSymbol { PartialDefinitionPart: not null } or IMethodSymbol { PartialImplementationPart: not null }:
                // Each half of a partial method checks what is written on it: the attributes of both are merged, and
                // a generated half (its definition, say, for CommunityToolkit.Mvvm's OnXxxChanged) is never analyzed.
                ForPartialHalf((IMethodSymbol)symbol, check);
                return;
            case IMethodSymbol method:
                // A primary constructor's own attributes are [method:] on its type: a list that lands elsewhere.
                if (!IsPrimaryConstructor(method))
                {
                    check(new AttributeSite(method, SiteKind.Own), method.GetAttributes());
                }

                ForSignature(method, check, attributes => attributes);
                return;
            case INamedTypeSymbol type:
                check(new AttributeSite(type, SiteKind.Own), type.GetAttributes());
                ForTypeParameters(type.TypeParameters, check, attributes => attributes);
                if (type.DelegateInvokeMethod is { } invoke)
                {
                    // The return value is [return:] on the delegate: a list that lands elsewhere.
                    ForParameters(invoke.Parameters, 0, check, attributes => attributes);
                }

                return;
            case IPropertySymbol { PartialDefinitionPart: not null } or IPropertySymbol { PartialImplementationPart: not null }:
                var half = (IPropertySymbol)symbol;
                var filter = OnDeclarationOf(half);
                check(new AttributeSite(half, SiteKind.Own), filter(half.GetAttributes()));
                ForParameters(half.Parameters, 0, check, filter);
                return;
            case IPropertySymbol property:
                // A record's positional property has only the [property:] attributes of its parameter.
                if (!IsPositional(property))
                {
                    check(new AttributeSite(property, SiteKind.Own), property.GetAttributes());
                }

                ForParameters(property.Parameters, 0, check, attributes => attributes);
                return;
            case IFieldSymbol { IsImplicitlyDeclared: true }:
                // A backing field: its attributes are [field:] on a property or parameter.
                return;
            default:
                check(new AttributeSite(symbol, SiteKind.Own), symbol.GetAttributes());
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
        check(InList(attributes, list));
    }

    /// <summary>Whether the list's attributes land on a symbol other than the one its syntax declares (or its return value).</summary>
    public static bool LandsElsewhere(AttributeListSyntax list)
    {
        if (list.Target is null)
        {
            return false;
        }

        return (list.Target.Identifier.Kind(), list.Parent) switch
        {
            (SyntaxKind.FieldKeyword, PropertyDeclarationSyntax or EventFieldDeclarationSyntax) => true,
            (SyntaxKind.MethodKeyword, EventFieldDeclarationSyntax) => true,
            (SyntaxKind.MethodKeyword, TypeDeclarationSyntax { ParameterList: not null }) => true,
            (SyntaxKind.PropertyKeyword or SyntaxKind.FieldKeyword, ParameterSyntax { Parent.Parent: RecordDeclarationSyntax }) => true,
            (SyntaxKind.ParamKeyword, AccessorDeclarationSyntax) => true,
            (SyntaxKind.ReturnKeyword, DelegateDeclarationSyntax) => true,
            _ => false,
        };
    }

    /// <summary>
    /// The sites of a list that <see cref="LandsElsewhere"/>, with the attributes of this list only. <c>[field:]</c> on
    /// a field-like event goes to a backing field no public API exposes: those attributes are handed over as syntax.
    /// </summary>
    public static void ForList(
        AttributeListSyntax list,
        SemanticModel model,
        Action<AttributeSite, ImmutableArray<AttributeData>> check,
        Action<AttributeSite, AttributeSyntax> checkSyntax,
        CancellationToken cancellationToken)
    {
        var target = list.Target!.Identifier.Kind();
        switch (list.Parent)
        {
            case PropertyDeclarationSyntax declaration when model.GetDeclaredSymbol(declaration, cancellationToken) is { } property:
                ForBackingField(property, list, check);
                return;
            case EventFieldDeclarationSyntax declaration:
                foreach (var variable in declaration.Declaration.Variables)
                {
                    if (model.GetDeclaredSymbol(variable, cancellationToken) is not IEventSymbol @event)
                    {
                        continue;
                    }

                    if (target == SyntaxKind.MethodKeyword)
                    {
                        // The same attributes sit on add and remove: read once, from add.
                        if (@event.AddMethod is { } add)
                        {
                            check(new AttributeSite(@event, SiteKind.Accessors), InList(add.GetAttributes(), list));
                        }
                    }
                    else
                    {
                        foreach (var attribute in list.Attributes)
                        {
                            checkSyntax(new AttributeSite(@event, SiteKind.BackingField), attribute);
                        }
                    }
                }

                return;
            case TypeDeclarationSyntax declaration when model.GetDeclaredSymbol(declaration, cancellationToken) is { } type:
                foreach (var constructor in type.InstanceConstructors)
                {
                    if (IsPrimaryConstructor(constructor))
                    {
                        check(new AttributeSite(constructor, SiteKind.Own), InList(constructor.GetAttributes(), list));
                    }
                }

                return;
            case ParameterSyntax parameter when model.GetDeclaredSymbol(parameter, cancellationToken) is { ContainingType: { } record } declared:
                foreach (var member in record.GetMembers(declared.Name))
                {
                    if (member is IPropertySymbol property && IsPositional(property))
                    {
                        if (target == SyntaxKind.PropertyKeyword)
                        {
                            check(new AttributeSite(property, SiteKind.Own), InList(property.GetAttributes(), list));
                        }
                        else
                        {
                            ForBackingField(property, list, check);
                        }
                    }
                }

                return;
            case AccessorDeclarationSyntax accessor when model.GetDeclaredSymbol(accessor, cancellationToken) is IMethodSymbol { Parameters.Length: > 0 } method:
                var value = method.Parameters[method.Parameters.Length - 1];
                check(new AttributeSite(value, SiteKind.Own), InList(value.GetAttributes(), list));
                return;
            case DelegateDeclarationSyntax declaration when model.GetDeclaredSymbol(declaration, cancellationToken) is { DelegateInvokeMethod: { } invoke }:
                check(new AttributeSite(invoke, SiteKind.ReturnValue), InList(invoke.GetReturnTypeAttributes(), list));
                return;
        }
    }

    /// <summary>
    /// Local functions and lambdas have no symbol action. Only those that carry an attribute list somewhere
    /// (themselves, a parameter, a type parameter) are bound, so the cost stays with the code that has one.
    /// </summary>
    public static void ForFunction(SyntaxNodeAnalysisContext context, Action<AttributeSite, ImmutableArray<AttributeData>> check)
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
            check(new AttributeSite(method, SiteKind.Own), method.GetAttributes());
            ForSignature(method, check, attributes => attributes);
        }
    }

    /// <summary>The attributes written inside this list (a symbol's attributes may come from several lists and files).</summary>
    public static ImmutableArray<AttributeData> InList(ImmutableArray<AttributeData> attributes, AttributeListSyntax list)
        => Within(attributes, list.SyntaxTree, list.Span);

    /// <summary>The primary constructor: its declaration is the type's.</summary>
    public static bool IsPrimaryConstructor(IMethodSymbol method)
        => method is { MethodKind: MethodKind.Constructor, IsImplicitlyDeclared: false, DeclaringSyntaxReferences.Length: 1 }
            && method.DeclaringSyntaxReferences[0].GetSyntax() is TypeDeclarationSyntax;

    private static bool IsPositional(IPropertySymbol property)
        => property.DeclaringSyntaxReferences.Length == 1 && property.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax;

    private static ImmutableArray<AttributeData> Within(ImmutableArray<AttributeData> attributes, SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        if (attributes.IsEmpty)
        {
            return attributes;
        }

        return attributes.Where(a => a.ApplicationSyntaxReference is { } reference
            && reference.SyntaxTree == tree
            && span.Contains(reference.Span)).ToImmutableArray();
    }

    private static void ForBackingField(IPropertySymbol property, AttributeListSyntax list, Action<AttributeSite, ImmutableArray<AttributeData>> check)
    {
        foreach (var member in property.ContainingType.GetMembers())
        {
            if (member is IFieldSymbol { IsImplicitlyDeclared: true } field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property))
            {
                check(new AttributeSite(property, SiteKind.BackingField), InList(field.GetAttributes(), list));
            }
        }
    }

    /// <summary>One half of a partial method: the attributes written on its own declaration, wherever they land.</summary>
    private static void ForPartialHalf(IMethodSymbol half, Action<AttributeSite, ImmutableArray<AttributeData>> check)
    {
        var filter = OnDeclarationOf(half);
        check(new AttributeSite(half, SiteKind.Own), filter(half.GetAttributes()));
        ForSignature(half, check, filter);
    }

    private static Func<ImmutableArray<AttributeData>, ImmutableArray<AttributeData>> OnDeclarationOf(ISymbol half)
    {
        if (half.DeclaringSyntaxReferences.Length != 1)
        {
            return attributes => attributes;
        }

        var declaration = half.DeclaringSyntaxReferences[0];
        return attributes => Within(attributes, declaration.SyntaxTree, declaration.Span);
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

    private static void ForSignature(IMethodSymbol method, Action<AttributeSite, ImmutableArray<AttributeData>> check, Func<ImmutableArray<AttributeData>, ImmutableArray<AttributeData>> filter)
    {
        check(new AttributeSite(method, SiteKind.ReturnValue), filter(method.GetReturnTypeAttributes()));
        ForTypeParameters(method.TypeParameters, check, filter);

        // An accessor's parameters are its property's (visited with it) and 'value', which only [param:] on the
        // accessor reaches: a list that lands elsewhere.
        if (method.AssociatedSymbol is null)
        {
            ForParameters(method.Parameters, 0, check, filter);
        }
    }

    private static void ForParameters(ImmutableArray<IParameterSymbol> parameters, int skip, Action<AttributeSite, ImmutableArray<AttributeData>> check, Func<ImmutableArray<AttributeData>, ImmutableArray<AttributeData>> filter)
    {
        for (var i = skip; i < parameters.Length; i++)
        {
            check(new AttributeSite(parameters[i], SiteKind.Own), filter(parameters[i].GetAttributes()));
        }
    }

    private static void ForTypeParameters(ImmutableArray<ITypeParameterSymbol> typeParameters, Action<AttributeSite, ImmutableArray<AttributeData>> check, Func<ImmutableArray<AttributeData>, ImmutableArray<AttributeData>> filter)
    {
        foreach (var typeParameter in typeParameters)
        {
            check(new AttributeSite(typeParameter, SiteKind.Own), filter(typeParameter.GetAttributes()));
        }
    }
}
