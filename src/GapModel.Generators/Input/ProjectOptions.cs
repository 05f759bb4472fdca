using System;
using System.Collections.Generic;
using System.Linq;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Generators.Input;

/// <summary>
/// The MSBuild properties the package makes visible to the compiler (see docs/configuration.md), read here for the
/// generator and the analyzers alike. A value that cannot be used is replaced by its default rather than breaking the
/// build. Only the generator reports such a value (GM2001): it reads them all with <see cref="Read"/>, which collects
/// the <see cref="Problems"/>; an analyzer reads just the property it needs, passing no problem list.
/// </summary>
internal sealed record ProjectOptions(
    string? Namespace,
    bool IsPublic,
    bool GenerateCatalog,
    string? ProjectDirectory,
    ReadingOptions Reading,
    CoveragePolicy Coverage,
    bool Report,
    EquatableArray<OptionProblem> Problems)
{
    public const string NamespaceProperty = "GapModelNamespace";
    public const string VisibilityProperty = "GapModelVisibility";
    public const string GenerateCatalogProperty = "GapModelGenerateCatalog";
    public const string IdPrefixesProperty = "GapModelIdPrefixes";
    public const string StatusResolvedProperty = "GapModelStatusResolved";
    public const string StatusInProgressProperty = "GapModelStatusInProgress";
    public const string StatusOpenProperty = "GapModelStatusOpen";
    public const string CoverageProperty = "GapModelCoverage";
    public const string ReportProperty = "GapModelReport";

    public static ProjectOptions Read(AnalyzerConfigOptions options)
    {
        var problems = new List<OptionProblem>();
        var ns = ReadNamespace(options, problems);

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

        var reading = ReadReading(options, problems);
        var coverage = ReadCoverage(options, problems);

        // The formats are the report writer's business (it reports what it cannot write); here only "is one asked for".
        var report = Get(options, ReportProperty) is not null;
        return new ProjectOptions(ns, isPublic, generateCatalog, ReadProjectDirectory(options), reading, coverage, report, problems.ToEquatableArray());
    }

    /// <summary>The namespace of the generated classes: <c>GapModelNamespace</c>, else the root namespace; null for the global one.</summary>
    public static string? ReadNamespace(AnalyzerConfigOptions options, List<OptionProblem>? problems)
    {
        var rootNamespace = Get(options, "RootNamespace");
        var ns = Get(options, NamespaceProperty);
        if (ns is not null && !IsNamespaceName(ns))
        {
            var resolved = rootNamespace is null ? null : NamespaceName(rootNamespace);
            problems?.Add(new OptionProblem(NamespaceProperty, ns, "it is not a C# namespace name", "the root namespace '" + (resolved ?? "(global)") + "' is used"));
            return resolved;
        }

        return NamespaceName(ns ?? rootNamespace);
    }

    /// <summary>The project directory, from the properties the SDK makes visible to the compiler.</summary>
    public static string? ReadProjectDirectory(AnalyzerConfigOptions options)
        => options.TryGetValue("build_property.ProjectDir", out var dir) && !string.IsNullOrWhiteSpace(dir) ? dir
        : options.TryGetValue("build_property.MSBuildProjectDirectory", out dir) && !string.IsNullOrWhiteSpace(dir) ? dir
        : null;

    /// <summary>The coverage policy (the coverage analyzer reads it too, with <paramref name="problems"/> null).</summary>
    public static CoveragePolicy ReadCoverage(AnalyzerConfigOptions options, List<OptionProblem>? problems)
    {
        var value = Get(options, CoverageProperty);
        var unknown = new List<string>();
        var policy = CoveragePolicy.Parse(Split(value), unknown);
        foreach (var token in unknown)
        {
            problems?.Add(new OptionProblem(CoverageProperty, value!, "'" + token + "' is not a coverage token (P0, P1, P2, P3, Open or InProgress)", "it is left out"));
        }

        return policy;
    }

    /// <summary>
    /// The ID prefixes and status words (the analyzers read them too, with <paramref name="problems"/> null: the
    /// generator alone reports GM2001). Bad entries are left out and reported; the rest of a list is used.
    /// </summary>
    public static ReadingOptions ReadReading(AnalyzerConfigOptions options, List<OptionProblem>? problems)
    {
        var prefixesValue = Get(options, IdPrefixesProperty);
        var prefixes = new List<string>();
        foreach (var part in Split(prefixesValue))
        {
            var prefix = part.EndsWith("-", StringComparison.Ordinal) ? part.Substring(0, part.Length - 1) : part;
            if (GapIdSyntax.IsValidPrefix(prefix))
            {
                prefixes.Add(prefix + "-");
            }
            else
            {
                problems?.Add(new OptionProblem(IdPrefixesProperty, prefixesValue!, "'" + part + "' is not an ID prefix (capital letters and digits, starting with a letter, in hyphen-separated parts, such as 'RISK' or 'PCI-GAP')", "it is left out"));
            }
        }

        if (prefixesValue is not null && prefixes.Count == 0)
        {
            problems?.Add(new OptionProblem(IdPrefixesProperty, prefixesValue, "it names no usable prefix", "'GAP' is used"));
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var resolved = StatusWords(options, StatusResolvedProperty, seen, problems);
        var inProgress = StatusWords(options, StatusInProgressProperty, seen, problems);
        var open = StatusWords(options, StatusOpenProperty, seen, problems);
        return prefixes.Count == 0 && resolved.Count == 0 && inProgress.Count == 0 && open.Count == 0
            ? ReadingOptions.Default
            : new ReadingOptions(prefixes, resolved, inProgress, open);
    }

    /// <summary>The words of a status property; a word with no letter, or given to two statuses, is left out and reported.</summary>
    private static List<string> StatusWords(AnalyzerConfigOptions options, string property, Dictionary<string, string> seen, List<OptionProblem>? problems)
    {
        var value = Get(options, property);
        var words = new List<string>();
        foreach (var word in Split(value))
        {
            var key = string.Concat(Vocabulary.StatusWords(word));
            if (key.Length == 0 || Vocabulary.StatusWords(word).Count != word.Split(new[] { ' ', '-', '_', '\t' }, StringSplitOptions.RemoveEmptyEntries).Length)
            {
                problems?.Add(new OptionProblem(property, value!, "'" + word + "' is not a status word (letters and digits, words separated by spaces, '-' or '_')", "it is left out"));
            }
            else if (seen.TryGetValue(key, out var other))
            {
                problems?.Add(new OptionProblem(property, value!, "'" + word + "' is already a word of " + other, "it is left out here"));
            }
            else
            {
                seen.Add(key, property);
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>A list property: parts separated by ';' or ',', trimmed, empty ones dropped.</summary>
    private static IEnumerable<string> Split(string? value)
        => (value ?? string.Empty).Split(';', ',').Select(p => p.Trim()).Where(p => p.Length > 0);

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
