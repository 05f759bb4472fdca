using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.Generators.Generation;

/// <summary>
/// Reads the <c>[AddressesGap]</c> and <c>[ValidatesGap]</c> usages of the project into <see cref="LinkRead"/> values,
/// at the sites <see cref="AttributeSources"/> defines for the analyzer too, so <c>AddressedBy</c> and
/// <c>ValidatedBy</c> list what the analyzer checks.
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
internal static class Links
{
    private static readonly SymbolDisplayFormat LocalFunctionFormat = SymbolNames.Format.WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters);

    /// <summary>
    /// The attributes <c>ForAttributeWithMetadataName</c> found on a declaration: its own and its return value's, the
    /// lists that do not land elsewhere. Only those written on this declaration: a partial member's other half is read
    /// from its own declaration.
    /// </summary>
    public static EquatableArray<LinkRead> Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = context.TargetNode is VariableDeclaratorSyntax { Parent.Parent: { } member } ? member : context.TargetNode;
        var returnValue = context.TargetSymbol is IMethodSymbol method ? method.GetReturnTypeAttributes() : ImmutableArray<AttributeData>.Empty;
        var found = new List<LinkRead>(context.Attributes.Length);
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
    public static EquatableArray<LinkRead> ReadList(AttributeListSyntax list, SemanticModel model, CancellationToken cancellationToken)
    {
        var found = new List<LinkRead>();
        AttributeSources.ForList(
            list,
            model,
            (site, attributes) =>
            {
                foreach (var attribute in attributes)
                {
                    if (ReadOne(attribute, model, Describe(site), cancellationToken) is { } read)
                    {
                        found.Add(read);
                    }
                }
            },
            (site, syntax) =>
            {
                if (model.GetSymbolInfo(syntax, cancellationToken).Symbol is IMethodSymbol constructor
                    && Kind(constructor.ContainingType) is { } kind
                    && constructor.Parameters.Length == (kind == LinkKind.Validates ? 2 : 1)
                    && AttributeArguments.GapIdArgument(syntax) is { } argument
                    && ConstantReferences.Resolve(argument, model, cancellationToken) is { } reference)
                {
                    var (path, line) = Place(syntax);
                    var pin = Pin(syntax, model, cancellationToken);
                    found.Add(new LinkRead(kind, reference.Id, reference.ConstantName, Criterion(kind, syntax, model, cancellationToken), Describe(site), path, line, pin));
                }
            },
            cancellationToken);
        return found.ToEquatableArray();
    }

    /// <summary>
    /// Whether a list may hold an <c>[AddressesGap]</c> or <c>[ValidatesGap]</c>, from syntax alone: the attribute's
    /// name, or an alias of it declared in the same file. Keeps the per-list reading to the lists that can matter.
    /// </summary>
    public static bool MayHoldLink(AttributeListSyntax list)
    {
        foreach (var attribute in list.Attributes)
        {
            var name = SyntaxNames.Rightmost(attribute.Name);
            if (name is "AddressesGap" or "AddressesGapAttribute" or "ValidatesGap" or "ValidatesGapAttribute" || IsAliasOfLinkAttribute(list, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every link read, with a generated constant's name replaced by its ID; a name no constant has (a typo, which the
    /// compiler reports) is dropped.
    /// </summary>
    public static EquatableArray<LinkRead> Resolve(EquatableArray<EquatableArray<LinkRead>> found, EquatableArray<ConstantId> constants)
    {
        var ids = constants.ToDictionary(c => c.Name, c => c.Id, System.StringComparer.Ordinal);
        var resolved = new List<LinkRead>();
        foreach (var read in found.SelectMany(a => a))
        {
            var id = read.GapId ?? (read.ConstantName is not null && ids.TryGetValue(read.ConstantName, out var named) ? named : null);
            if (id is { Length: > 0 })
            {
                resolved.Add(read.GapId == id ? read : read with { GapId = id });
            }
        }

        return resolved.ToEquatableArray();
    }

    /// <summary>The links with where each is written and its pin: the assembly's record, which AddressedBy, reports and referencing projects read.</summary>
    public static LinksSpec BuildSpec(EquatableArray<LinkRead> resolved, ProjectOptions options, LanguageFacts language)
    {
        var links = resolved
            .Select(a => new GapLink(a.Kind, a.GapId!, a.Criterion, a.Symbol, ProjectPaths.RelativePath(a.FilePath, options.ProjectDirectory), a.Line, a.Pin))
            .Distinct()
            .OrderBy(a => a.Kind)
            .ThenBy(a => a.GapId, System.StringComparer.Ordinal)
            .ThenBy(a => a.Criterion)
            .ThenBy(a => a.Symbol, System.StringComparer.Ordinal)
            .ThenBy(a => a.Path, System.StringComparer.Ordinal)
            .ThenBy(a => a.Line)
            .ToEquatableArray();
        return new LinksSpec(language.NullableAnnotations, links);
    }

    /// <summary>
    /// An argument that binds to a string (a literal, a constant of this project or a reference) costs nothing more;
    /// only one that does not (a generated constant, which the generator cannot see) is resolved by name.
    /// </summary>
    private static LinkRead? ReadOne(AttributeData attribute, SemanticModel model, string shown, CancellationToken cancellationToken)
    {
        if (Kind(attribute.AttributeClass) is not { } kind)
        {
            return null;
        }

        // When an argument does not bind (a generated constant), the constructor is not chosen and the arguments are
        // not there: they are read from syntax instead.
        var arguments = attribute.ConstructorArguments;
        var bound = arguments.Length == (kind == LinkKind.Validates ? 2 : 1);
        var (path, line) = attribute.ApplicationSyntaxReference is { } application ? Place(application) : (string.Empty, 0);
        var pin = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Reviewed").Value.Value as string;
        if (bound && arguments[0].Value is string id)
        {
            return new LinkRead(kind, id, null, kind == LinkKind.Validates ? arguments[1].Value as int? ?? 0 : 0, shown, path, line, pin);
        }

        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax
            && AttributeArguments.GapIdArgument(syntax) is { } argument
            && ConstantReferences.Resolve(argument, model, cancellationToken) is { } reference)
        {
            // An unbound attribute has no named arguments either: the pin is read from syntax.
            pin ??= Pin(syntax, model, cancellationToken);
            return new LinkRead(kind, reference.Id, reference.ConstantName, Criterion(kind, syntax, model, cancellationToken), shown, path, line, pin);
        }

        return null;
    }

    private static (string Path, int Line) Place(SyntaxReference reference)
        => (reference.SyntaxTree.FilePath, reference.SyntaxTree.GetLineSpan(reference.Span).StartLinePosition.Line + 1);

    private static (string Path, int Line) Place(SyntaxNode node)
        => (node.SyntaxTree.FilePath, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1);

    /// <summary>The <c>Reviewed</c> pin as written, for an attribute bound from syntax.</summary>
    private static string? Pin(AttributeSyntax syntax, SemanticModel model, CancellationToken cancellationToken)
        => AttributeArguments.ReviewedArgument(syntax) is { } reviewed ? model.GetConstantValue(reviewed, cancellationToken).Value as string : null;

    private static int Criterion(LinkKind kind, AttributeSyntax syntax, SemanticModel model, CancellationToken cancellationToken)
        => kind == LinkKind.Validates && AttributeArguments.CriterionArgument(syntax) is { } criterion
            ? model.GetConstantValue(criterion, cancellationToken).Value as int? ?? 0
            : 0;

    private static bool IsModuleList(SyntaxReference reference, CancellationToken cancellationToken)
        => reference.GetSyntax(cancellationToken).Parent is AttributeListSyntax { Target.Identifier.ValueText: "module" };

    private static LinkKind? Kind(INamedTypeSymbol? type)
        => type is not { ContainingNamespace: { Name: "GapModel", ContainingNamespace.IsGlobalNamespace: true } } ? null
            : type.Name == "AddressesGapAttribute" ? LinkKind.Addresses
            : type.Name == "ValidatesGapAttribute" ? LinkKind.Validates
            : null;

    private static bool IsAliasOfLinkAttribute(SyntaxNode node, string name)
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
                if (directive.Alias?.Name.Identifier.ValueText == name && SyntaxNames.Rightmost(directive.Name) is "AddressesGapAttribute" or "ValidatesGapAttribute")
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
        _ => SymbolNames.Of(symbol),
    };
}
