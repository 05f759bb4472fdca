using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Generation;

/// <summary>Reads the <c>[AddressesGap]</c> usages of the project into <see cref="GapAddress"/> values.</summary>
internal static class Addresses
{
    // Stable across builds and readable in a test failure: "Shop.Orders.Checkout.Pay(decimal)".
    private static readonly SymbolDisplayFormat SymbolFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeExplicitInterface,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    public static EquatableArray<GapAddress> Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = Describe(context.TargetSymbol);
        var found = new List<GapAddress>(context.Attributes.Length);
        foreach (var attribute in context.Attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id)
            {
                found.Add(new GapAddress(id, symbol));
            }
        }

        return found.ToEquatableArray();
    }

    public static AddressedBySpec BuildSpec(ImmutableArray<EquatableArray<GapAddress>> found, GeneratorOptions options, LanguageFacts language)
    {
        var addresses = found.SelectMany(a => a)
            .Distinct()
            .OrderBy(a => a.GapId, System.StringComparer.Ordinal)
            .ThenBy(a => a.Symbol, System.StringComparer.Ordinal)
            .ToEquatableArray();
        return new AddressedBySpec(options.Namespace, options.IsPublic, language.NullableAnnotations, addresses);
    }

    private static string Describe(ISymbol symbol) => symbol switch
    {
        IAssemblySymbol assembly => "assembly " + assembly.Name,
        IModuleSymbol module => "module " + module.Name,
        IParameterSymbol parameter => parameter.ContainingSymbol.ToDisplayString(SymbolFormat) + " parameter " + parameter.Name,
        ITypeParameterSymbol typeParameter => typeParameter.ContainingSymbol.ToDisplayString(SymbolFormat) + " type parameter " + typeParameter.Name,
        _ => symbol.ToDisplayString(SymbolFormat),
    };
}
