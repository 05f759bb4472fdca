using System;
using System.Collections.Generic;
using System.Linq;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Generators.Generation;

/// <summary>
/// The MSBuild properties the package makes visible to the compiler (see docs/configuration.md). A value that
/// cannot be used is replaced by its default and reported (GM2001) rather than breaking the build.
/// </summary>
internal sealed record GeneratorOptions(
    string? Namespace,
    bool IsPublic,
    bool GenerateCatalog,
    string? ProjectDirectory,
    EquatableArray<OptionProblem> Problems)
{
    public const string NamespaceProperty = "GapModelNamespace";
    public const string VisibilityProperty = "GapModelVisibility";
    public const string GenerateCatalogProperty = "GapModelGenerateCatalog";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var problems = new List<OptionProblem>();

        var rootNamespace = Get(options, "RootNamespace");
        var ns = Get(options, NamespaceProperty);
        string? resolvedNamespace;
        if (ns is not null && !IsNamespaceName(ns))
        {
            resolvedNamespace = rootNamespace is null ? null : NamespaceName(rootNamespace);
            problems.Add(new OptionProblem(NamespaceProperty, ns, "it is not a C# namespace name", "the root namespace '" + (resolvedNamespace ?? "(global)") + "' is used"));
        }
        else
        {
            resolvedNamespace = NamespaceName(ns ?? rootNamespace);
        }

        var visibility = Get(options, VisibilityProperty);
        var isPublic = string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase);
        if (visibility is not null && !isPublic && !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new OptionProblem(VisibilityProperty, visibility, "expected 'internal' or 'public'", "'internal' is used"));
        }

        var catalog = Get(options, GenerateCatalogProperty);
        var generateCatalog = !string.Equals(catalog, "false", StringComparison.OrdinalIgnoreCase);
        if (catalog is not null && generateCatalog && !string.Equals(catalog, "true", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new OptionProblem(GenerateCatalogProperty, catalog, "expected 'true' or 'false'", "'true' is used"));
        }

        return new GeneratorOptions(resolvedNamespace, isPublic, generateCatalog, Input.GapFiles.ProjectDirectory(options), problems.ToEquatableArray());
    }

    private static string? Get(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsNamespaceName(string value)
        => value.Split('.').All(part => part.Length > 0
            && SyntaxFacts.IsValidIdentifier(part.StartsWith("@", StringComparison.Ordinal) ? part.Substring(1) : part)
            && (part.StartsWith("@", StringComparison.Ordinal) || SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None));

    /// <summary>A usable namespace name: each dotted part made a valid identifier (keywords escaped with '@').</summary>
    private static string? NamespaceName(string? value)
    {
        var parts = (value ?? string.Empty).Split('.')
            .Select(p => p.Trim().TrimStart('@'))
            .Where(p => p.Length > 0)
            .Select(Identifier)
            .ToArray();
        return parts.Length == 0 ? null : string.Join(".", parts);
    }

    private static string Identifier(string part)
    {
        var chars = part.Select(c => SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_').ToArray();
        var name = new string(chars);
        if (!SyntaxFacts.IsIdentifierStartCharacter(name[0]))
        {
            name = "_" + name;
        }

        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}

/// <summary>An MSBuild property value that could not be used, and what is used instead.</summary>
internal sealed record OptionProblem(string Property, string Value, string Reason, string Fallback);
