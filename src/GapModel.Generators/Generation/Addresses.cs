using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GapModel.Generators.Analysis;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.Generators.Generation;

/// <summary>
/// Reads the <c>[AddressesGap]</c> usages of the project into <see cref="AddressRead"/> values, at the sites
/// <see cref="AttributeSources"/> defines for the analyzer too, so <c>AddressedBy</c> lists what the analyzer checks.
/// </summary>
/// <remarks>
/// How a site is shown (stable across builds, readable in a test failure):
/// <list type="bullet">
/// <item>a type or member: <c>Shop.Orders.Checkout.Pay(decimal)</c>, <c>Shop.Cart.Total</c>, <c>Shop.Cart.Total.get</c>;</item>
/// <item>a return value: <c>Shop.Orders.Checkout.Pay(decimal) return value</c> (a delegate's: <c>Shop.Handler return value</c>);</item>
/// <item>a parameter or type parameter: <c>Shop.Orders.Checkout.Pay(decimal) parameter amount</c>,
/// <c>Shop.Box&lt;T&gt; type parameter T</c>; a setter's <c>[param:]</c>: <c>Shop.Cart.Total.set parameter value</c>;</item>
/// <item>a local function or lambda, after the member that contains it: <c>Shop.Jobs.Run() local function Step(int)</c>,
/// <c>Shop.Jobs.Run() lambda</c> (every lambda of a member is that one entry);</item>
/// <item><c>[field:]</c> on an auto-property or field-like event: <c>Shop.Cart.Total backing field</c>; <c>[method:]</c>
/// on a field-like event: <c>Shop.Cart.Changed accessors</c>; <c>[property:]</c> on a positional parameter: the property;</item>
/// <item><c>assembly Shop</c> and <c>module Shop.dll</c>.</item>
/// </list>
/// </remarks>
internal static class Addresses
{
    private static readonly SymbolDisplayFormat SymbolFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeExplicitInterface,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat LocalFunctionFormat = SymbolFormat.WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters);

    /// <summary>
    /// The attributes <c>ForAttributeWithMetadataName</c> found on a declaration: its own and its return value's, the
    /// lists that do not land elsewhere. Only those written on this declaration: a partial member's other half is read
    /// from its own declaration.
    /// </summary>
    public static EquatableArray<AddressRead> Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = context.TargetNode is VariableDeclaratorSyntax { Parent.Parent: { } member } ? member : context.TargetNode;
        var returnValue = context.TargetSymbol is IMethodSymbol method ? method.GetReturnTypeAttributes() : ImmutableArray<AttributeData>.Empty;
        var found = new List<AddressRead>(context.Attributes.Length);
        string? own = null;
        string? ofReturn = null;
        foreach (var attribute in context.Attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attribute.ApplicationSyntaxReference is not { } reference || !declaration.Span.Contains(reference.Span))
            {
                continue;
            }

            // On a compilation unit, the target is the assembly and the module's attributes come with its own.
            var shown = returnValue.Contains(attribute)
                ? ofReturn ??= Describe(new AttributeSite(context.TargetSymbol, SiteKind.ReturnValue))
                : context.TargetSymbol is IAssemblySymbol assembly && IsModuleList(reference, cancellationToken)
                    ? Describe(assembly.Modules.First())
                    : own ??= Describe(new AttributeSite(context.TargetSymbol, SiteKind.Own));
            if (ReadOne(attribute, context.SemanticModel, shown, cancellationToken) is { } read)
            {
                found.Add(read);
            }
        }

        return found.ToEquatableArray();
    }

    /// <summary>A list that lands on another symbol than its declaration's, read where <see cref="AttributeSources.ForList"/> says.</summary>
    public static EquatableArray<AddressRead> ReadList(AttributeListSyntax list, SemanticModel model, CancellationToken cancellationToken)
    {
        var found = new List<AddressRead>();
        AttributeSources.ForList(
            list,
            model,
            (site, attributes) =>
            {
                foreach (var attribute in attributes)
                {
                    if (IsAddressesGap(attribute.AttributeClass) && ReadOne(attribute, model, Describe(site), cancellationToken) is { } read)
                    {
                        found.Add(read);
                    }
                }
            },
            (site, syntax) =>
            {
                if (model.GetSymbolInfo(syntax, cancellationToken).Symbol is IMethodSymbol { Parameters.Length: 1 } constructor
                    && IsAddressesGap(constructor.ContainingType)
                    && AttributeChecker.GapIdArgument(syntax) is { } argument
                    && ConstantReferences.Resolve(argument, model, cancellationToken) is { } reference)
                {
                    found.Add(new AddressRead(reference.Id, reference.ConstantName, Describe(site)));
                }
            },
            cancellationToken);
        return found.ToEquatableArray();
    }

    /// <summary>
    /// Whether a list may hold an <c>[AddressesGap]</c>, from syntax alone: the attribute's name, or an alias of it
    /// declared in the same file. Keeps the per-list reading to the lists that can matter.
    /// </summary>
    public static bool MayHoldAddressesGap(AttributeListSyntax list)
    {
        foreach (var attribute in list.Attributes)
        {
            var name = SimpleName(attribute.Name);
            if (name is "AddressesGap" or "AddressesGapAttribute" || IsAliasOfAddressesGap(list, name))
            {
                return true;
            }
        }

        return false;
    }

    public static AddressedBySpec BuildSpec(ImmutableArray<EquatableArray<AddressRead>> found, ImmutableArray<EquatableArray<AddressRead>> elsewhere, EquatableArray<ConstantId> constants, GeneratorOptions options, LanguageFacts language)
    {
        var ids = constants.ToDictionary(c => c.Name, c => c.Id, System.StringComparer.Ordinal);
        var addresses = found.Concat(elsewhere).SelectMany(a => a)
            .Select(a => new GapAddress(a.GapId ?? (a.ConstantName is not null && ids.TryGetValue(a.ConstantName, out var id) ? id : string.Empty), a.Symbol))
            .Where(a => a.GapId.Length > 0)
            .Distinct()
            .OrderBy(a => a.GapId, System.StringComparer.Ordinal)
            .ThenBy(a => a.Symbol, System.StringComparer.Ordinal)
            .ToEquatableArray();
        return new AddressedBySpec(options.Namespace, options.IsPublic, language.NullableAnnotations, addresses);
    }

    /// <summary>
    /// An argument that binds to a string (a literal, a constant of this project or a reference) costs nothing more;
    /// only one that does not (a generated constant, which the generator cannot see) is resolved by name.
    /// </summary>
    private static AddressRead? ReadOne(AttributeData attribute, SemanticModel model, string shown, CancellationToken cancellationToken)
    {
        if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id)
        {
            return new AddressRead(id, null, shown);
        }

        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax
            && AttributeChecker.GapIdArgument(syntax) is { } argument
            && ConstantReferences.Resolve(argument, model, cancellationToken) is { } reference)
        {
            return new AddressRead(reference.Id, reference.ConstantName, shown);
        }

        return null;
    }

    private static bool IsModuleList(SyntaxReference reference, CancellationToken cancellationToken)
        => reference.GetSyntax(cancellationToken).Parent is AttributeListSyntax { Target.Identifier.ValueText: "module" };

    private static bool IsAddressesGap(INamedTypeSymbol? type)
        => type is { Name: "AddressesGapAttribute", ContainingNamespace: { Name: "GapModel", ContainingNamespace.IsGlobalNamespace: true } };

    private static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    private static bool IsAliasOfAddressesGap(SyntaxNode node, string name)
    {
        foreach (var ancestor in node.Ancestors())
        {
            var usings = ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.Alias?.Name.Identifier.ValueText == name && directive.Name is { } target && SimpleName(target) == "AddressesGapAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Describe(AttributeSite site) => site.Kind switch
    {
        SiteKind.ReturnValue => Describe(site.Symbol) + " return value",
        SiteKind.BackingField => Describe(site.Symbol) + " backing field",
        SiteKind.Accessors => Describe(site.Symbol) + " accessors",
        _ => Describe(site.Symbol),
    };

    private static string Describe(ISymbol symbol) => symbol switch
    {
        IAssemblySymbol assembly => "assembly " + assembly.Name,
        IModuleSymbol module => "module " + module.Name,
        IParameterSymbol parameter => Describe(parameter.ContainingSymbol) + " parameter " + parameter.Name,
        ITypeParameterSymbol typeParameter => Describe(typeParameter.ContainingSymbol) + " type parameter " + typeParameter.Name,
        IMethodSymbol { MethodKind: MethodKind.DelegateInvoke } invoke => Describe(invoke.ContainingType),
        IMethodSymbol { MethodKind: MethodKind.LocalFunction } local => Describe(local.ContainingSymbol) + " local function " + local.ToDisplayString(LocalFunctionFormat),
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda => Describe(lambda.ContainingSymbol) + " lambda",
        _ => symbol.ToDisplayString(SymbolFormat),
    };
}
