using System.Linq;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.Generators.Input;

/// <summary>
/// The arguments of an <c>[AddressesGap]</c> or <c>[ValidatesGap]</c> as written, for the generator and the analyzers
/// alike: where an argument does not bind (a generated constant, which the generator cannot see), only its syntax says
/// which parameter it is.
/// </summary>
internal static class AttributeArguments
{
    /// <summary>The argument that binds to <c>gapId</c>: the first positional one, or the one named <c>gapId:</c>.</summary>
    internal static ExpressionSyntax? GapIdArgument(AttributeSyntax syntax) => ConstructorArgument(syntax, 0, "gapId");

    /// <summary>The argument that binds to <c>criterion</c> of <c>[ValidatesGap]</c>.</summary>
    internal static ExpressionSyntax? CriterionArgument(AttributeSyntax syntax) => ConstructorArgument(syntax, 1, "criterion");

    /// <summary>The expression of <c>Reviewed = ...</c>.</summary>
    internal static ExpressionSyntax? ReviewedArgument(AttributeSyntax syntax)
        => syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == AttributeNames.ReviewedProperty)?.Expression;

    private static ExpressionSyntax? ConstructorArgument(AttributeSyntax syntax, int position, string name)
    {
        if (syntax.ArgumentList is null)
        {
            return null;
        }

        var positional = 0;
        foreach (var argument in syntax.ArgumentList.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                continue;
            }

            if (argument.NameColon is { } named ? named.Name.Identifier.ValueText == name : positional == position)
            {
                return argument.Expression;
            }

            positional++;
        }

        return null;
    }
}
