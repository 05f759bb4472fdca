using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GapModel.Generators.Generation;

/// <summary>
/// A symbol as <c>AddressedBy</c> shows it (<see cref="Format"/>), written from cached type names for the members
/// that carry links nearly always (ordinary methods with plain parameters, properties, fields, events), and by
/// <c>ToDisplayString</c> for anything else. Thousands of links name a few hundred types: each type is displayed once
/// per compilation, not once per link.
/// </summary>
internal static class SymbolNames
{
    public static readonly SymbolDisplayFormat Format = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeExplicitInterface,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    // Types die with their compilation, and their names with them.
    private static readonly ConditionalWeakTable<ITypeSymbol, string> TypeNames = new();

    public static string Of(ISymbol symbol)
    {
        switch (symbol)
        {
            case INamedTypeSymbol type:
                return TypeName(type);
            case IMethodSymbol { MethodKind: MethodKind.Ordinary, IsGenericMethod: false, ExplicitInterfaceImplementations.IsEmpty: true, ContainingType: { } type } method
                when PlainType(type) && PlainName(method.Name) && PlainParameters(method):
                var text = new StringBuilder(TypeName(type)).Append('.').Append(method.Name).Append('(');
                for (var i = 0; i < method.Parameters.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(TypeName(method.Parameters[i].Type));
                }

                return text.Append(')').ToString();
            case IPropertySymbol { IsIndexer: false, ExplicitInterfaceImplementations.IsEmpty: true, ContainingType: { } type } property when PlainType(type) && PlainName(property.Name):
                return TypeName(type) + "." + property.Name;
            case IFieldSymbol { ContainingType: { } type } field when PlainType(type) && PlainName(field.Name):
                return TypeName(type) + "." + field.Name;
            case IEventSymbol { ExplicitInterfaceImplementations.IsEmpty: true, ContainingType: { } type } @event when PlainType(type) && PlainName(@event.Name):
                return TypeName(type) + "." + @event.Name;
            default:
                return symbol.ToDisplayString(Format);
        }
    }

    // Members of classes, structs and interfaces; anything newer or stranger (an extension block) is displayed whole.
    private static bool PlainType(INamedTypeSymbol type) => type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Enum;

    private static string TypeName(ITypeSymbol type) => TypeNames.GetValue(type, static t => t.ToDisplayString(Format));

    // A name the format would not escape or change: no keyword of any kind, nothing but an identifier.
    private static bool PlainName(string name)
        => name.Length > 0 && SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

    // Parameters shown as their type alone: no ref, out, in or params, which the format writes before it.
    private static bool PlainParameters(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                return false;
            }
        }

        return true;
    }
}
