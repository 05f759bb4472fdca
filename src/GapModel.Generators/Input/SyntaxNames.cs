using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.Generators.Input;

/// <summary>What a name written in code says before anything is bound.</summary>
internal static class SyntaxNames
{
    /// <summary>
    /// The type a name ends in: <c>Gaps</c> of <c>App.Gaps</c>, <c>global::App.Gaps</c>, <c>Alias::Gaps</c> or
    /// <c>Gaps</c>; empty for anything else. A using alias can only be the first part, so this is the type's own name
    /// unless the whole name is an alias.
    /// </summary>
    public static string Rightmost(NameSyntax? name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };
}
