using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Generators.Generation;

/// <summary>The MSBuild properties the package makes visible to the compiler (see docs/configuration.md).</summary>
internal readonly record struct GeneratorOptions(string? Namespace, bool IsPublic, string? ProjectDirectory)
{
    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var ns = Get(options, "build_property.GapModelNamespace") ?? Get(options, "build_property.RootNamespace");
        var visibility = Get(options, "build_property.GapModelVisibility");
        return new GeneratorOptions(
            ns is null ? null : NamespaceName(ns),
            string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase),
            Input.GapFiles.ProjectDirectory(options));
    }

    private static string? Get(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A usable namespace name: each dotted part made a valid identifier (keywords escaped with '@').</summary>
    private static string? NamespaceName(string value)
    {
        var parts = value.Split('.')
            .Select(p => p.Trim())
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
