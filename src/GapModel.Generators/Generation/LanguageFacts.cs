using System.Collections.Generic;
using GapModel.Generators.Input;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.Generators.Generation;

/// <summary>
/// What the target project's compilation tells the emitter. GivesInternalsAccess: the assembly names a friend with
/// <c>InternalsVisibleTo</c>, which can then use an internal catalog and needs its definitions.
/// </summary>
internal sealed record LanguageFacts(bool NullableAnnotations, bool HasNotNullWhen, bool GivesInternalsAccess)
{
    private const string FriendAttribute = "InternalsVisibleTo";

    public static LanguageFacts Read(Compilation compilation)
    {
        var nullable = compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 };
        var notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");
        return new LanguageFacts(nullable, notNullWhen is not null && compilation.IsSymbolAccessibleWithin(notNullWhen, compilation.Assembly), MayNameFriends(compilation));
    }

    /// <summary>
    /// Whether an assembly attribute may be <c>InternalsVisibleTo</c>, from syntax alone: its name ends in
    /// <c>InternalsVisibleTo[Attribute]</c>, or it is a name some using alias declares. Binding the assembly's attributes
    /// instead is the first semantic work on the compilation, and the compiler does it again on the compilation with
    /// the generated files, so it cost every build ~0.1 s. A false "yes" (an alias of another attribute) only records
    /// definitions no friend reads; a "no" is always right, since the compiler can only find the attribute by one of
    /// these names.
    /// </summary>
    internal static bool MayNameFriends(Compilation compilation)
    {
        HashSet<string>? aliases = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
            {
                continue;
            }

            foreach (var list in unit.AttributeLists)
            {
                if (!list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) ?? true)
                {
                    continue;
                }

                foreach (var attribute in list.Attributes)
                {
                    var name = SyntaxNames.Rightmost(attribute.Name);
                    if (name is FriendAttribute or FriendAttribute + "Attribute"
                        || (attribute.Name is IdentifierNameSyntax && (aliases ??= AliasNames(compilation)).Contains(name)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // Every using alias of the compilation, global or not: an assembly attribute is bound with the file's own usings
    // and every global using.
    private static HashSet<string> AliasNames(Compilation compilation)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.Alias is { } alias)
                    {
                        names.Add(alias.Name.Identifier.ValueText);
                    }
                }
            }
        }

        return names;
    }
}
