using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

    public static EquatableArray<AddressRead> Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = Describe(context.TargetSymbol);
        var found = new List<AddressRead>(context.Attributes.Length);
        foreach (var attribute in context.Attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id)
            {
                found.Add(new AddressRead(id, null, symbol));
            }
            else if (ConstantName(attribute, cancellationToken) is { } name)
            {
                found.Add(new AddressRead(null, name, symbol));
            }
        }

        return found.ToEquatableArray();
    }

    public static AddressedBySpec BuildSpec(ImmutableArray<EquatableArray<AddressRead>> found, EquatableArray<ConstantId> constants, GeneratorOptions options, LanguageFacts language)
    {
        var ids = constants.ToDictionary(c => c.Name, c => c.Id, System.StringComparer.Ordinal);
        var addresses = found.SelectMany(a => a)
            .Select(a => new GapAddress(a.GapId ?? (a.ConstantName is not null && ids.TryGetValue(a.ConstantName, out var id) ? id : string.Empty), a.Symbol))
            .Where(a => a.GapId.Length > 0)
            .Distinct()
            .OrderBy(a => a.GapId, System.StringComparer.Ordinal)
            .ThenBy(a => a.Symbol, System.StringComparer.Ordinal)
            .ToEquatableArray();
        return new AddressedBySpec(options.Namespace, options.IsPublic, language.NullableAnnotations, addresses);
    }

    /// <summary>
    /// <c>Gaps.Name</c> as written: the generator cannot see its own output, so a reference to a generated constant
    /// does not bind here and is resolved later against the constant names it emits.
    /// </summary>
    private static string? ConstantName(AttributeData attribute, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } arguments })
        {
            return null;
        }

        return arguments[0].Expression switch
        {
            MemberAccessExpressionSyntax { Expression: var left, Name: IdentifierNameSyntax name } when IsGapsClass(left) => name.Identifier.ValueText,
            _ => null,
        };
    }

    private static bool IsGapsClass(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "Gaps",
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == "Gaps",
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == "Gaps",
        _ => false,
    };

    private static string Describe(ISymbol symbol) => symbol switch
    {
        IAssemblySymbol assembly => "assembly " + assembly.Name,
        IModuleSymbol module => "module " + module.Name,
        IParameterSymbol parameter => parameter.ContainingSymbol.ToDisplayString(SymbolFormat) + " parameter " + parameter.Name,
        ITypeParameterSymbol typeParameter => typeParameter.ContainingSymbol.ToDisplayString(SymbolFormat) + " type parameter " + typeParameter.Name,
        _ => symbol.ToDisplayString(SymbolFormat),
    };
}
