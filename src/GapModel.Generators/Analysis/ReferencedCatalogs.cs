using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using GapModel.Generators.Model;
using GapModel.Shared;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Analysis;

/// <summary>
/// The gap catalogs of referenced assemblies (shared catalog projects). Only assemblies that reference GapModel
/// can carry them, so the others are skipped without reading their attributes; what one assembly holds is cached
/// by its symbol, which the compiler reuses across compilations while the reference does not change.
/// A catalog counts where its constants can be used: a public one everywhere, an internal one in the assemblies it
/// gives access to (<c>InternalsVisibleTo</c>, a test project say).
/// </summary>
internal static class ReferencedCatalogs
{
    public const string RuntimeAssemblyName = "GapModel";

    private static readonly ConditionalWeakTable<IAssemblySymbol, IReadOnlyList<KnownGap>> Cache = new();

    /// <summary>
    /// Every referenced definition this compilation may use, by ID. The first reference (in reference order) to
    /// define an ID stands; a second catalog defining it is recorded as <see cref="KnownGap.AlsoDefinedBy"/>.
    /// </summary>
    public static Dictionary<string, KnownGap> Collect(Compilation compilation, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, KnownGap>(StringComparer.Ordinal);
        var seen = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly || !seen.Add(assembly))
            {
                continue;
            }

            var gaps = Cache.GetValue(assembly, Read);
            if (gaps.Count == 0 || !IsVisible(compilation, assembly, gaps[0]))
            {
                continue;
            }

            foreach (var gap in gaps)
            {
                if (!byId.TryGetValue(gap.Id, out var first))
                {
                    byId.Add(gap.Id, gap);
                }
                else if (first.AlsoDefinedBy is null)
                {
                    byId[gap.Id] = first with { AlsoDefinedBy = assembly };
                }
            }
        }

        return byId;
    }

    /// <summary>Whether the catalog's constants can be used here; a definition that names no constant counts as public.</summary>
    private static bool IsVisible(Compilation compilation, IAssemblySymbol assembly, KnownGap gap)
    {
        if (gap.ReferencedConstant is null || ConstantType(gap, out _) is not { } type)
        {
            return gap.ReferencedConstant is null;
        }

        return compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
    }

    /// <summary>The type of the constant a referenced gap records (<c>Catalog.Gaps</c>), and the constant's name.</summary>
    public static INamedTypeSymbol? ConstantType(KnownGap gap, out string constantName)
    {
        var constant = gap.ReferencedConstant;
        var dot = constant?.LastIndexOf('.') ?? -1;
        if (gap.Assembly is null || dot <= 0 || dot == constant!.Length - 1)
        {
            constantName = string.Empty;
            return null;
        }

        // The generator writes namespace parts with '@' where they are keywords; metadata names have none.
        constantName = constant.Substring(dot + 1);
        return gap.Assembly.GetTypeByMetadataName(constant.Substring(0, dot).Replace("@", string.Empty));
    }

    private static IReadOnlyList<KnownGap> Read(IAssemblySymbol assembly)
    {
        if (!ReferencesRuntime(assembly))
        {
            return Array.Empty<KnownGap>();
        }

        // One GapDefinitions record per catalog (what the generator writes); GapDefinition per gap from earlier versions.
        var gaps = new List<KnownGap>();
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GapDefinitionsAttribute" } records
                && records.ToDisplayString() == AttributeNames.GapDefinitions
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string text)
            {
                gaps.AddRange(GapDefinitionFormat.Read(text).Select(record => ToKnownGap(record.Id, record.Title, record.Status, record.SourcePath, record.Line, record.StatusLine, record.Constant, record.Priority, record.Fingerprint, record.Criteria, assembly)));
            }
            else if (attribute.AttributeClass is { Name: "GapDefinitionAttribute" } type
                && type.ToDisplayString() == AttributeNames.GapDefinition
                && TryRead(attribute, assembly) is { } gap)
            {
                gaps.Add(gap);
            }
        }

        return gaps;
    }

    public static bool ReferencesRuntime(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var identity in module.ReferencedAssemblies)
            {
                if (string.Equals(identity.Name, RuntimeAssemblyName, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reads one attribute defensively: a malformed one (hand-written, or from another version) is skipped.</summary>
    private static KnownGap? TryRead(AttributeData attribute, IAssemblySymbol assembly)
    {
        var args = attribute.ConstructorArguments;
        if (args.Length != 5
            || args[0].Value is not string id
            || args[1].Value is not string title
            || args[2].Value is not int status
            || args[3].Value is not string sourcePath
            || args[4].Value is not int line)
        {
            return null;
        }

        var statusLine = 0;
        string? constant = null;
        var fingerprint = string.Empty;
        var priority = GapPriority.Unspecified;
        IReadOnlyList<string> criteria = Array.Empty<string>();
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "StatusLine" when named.Value.Value is int value:
                    statusLine = value;
                    break;
                case "Constant" when named.Value.Value is string value:
                    constant = value;
                    break;
                case "Priority" when named.Value.Value is int value:
                    priority = (GapPriority)value;
                    break;
                case "Fingerprint" when named.Value.Value is string value:
                    fingerprint = value;
                    break;
                case "Criteria" when named.Value.Kind == TypedConstantKind.Array:
                    criteria = named.Value.Values.Select(v => v.Value as string ?? string.Empty).ToArray();
                    break;
            }
        }

        return ToKnownGap(id, title, status, sourcePath, line, statusLine, constant, (int)priority, fingerprint, criteria, assembly);
    }

    private static KnownGap ToKnownGap(string id, string title, int status, string sourcePath, int line, int statusLine, string? constant, int priority, string fingerprint, IReadOnlyList<string> criteria, IAssemblySymbol assembly)
    {
        // The runtime's GapStatus by value (the generator compiles the same enum); a value this version does not know is Open.
        var kind = status is >= (int)GapStatus.Open and <= (int)GapStatus.Resolved ? (GapStatus)status : GapStatus.Open;
        var where = ProjectPaths.PathAndLine(sourcePath, statusLine > 0 ? statusLine : line);
        return new KnownGap(id, title, kind, where, string.IsNullOrEmpty(constant) ? null : constant, assembly)
        {
            SourcePath = sourcePath,
            Line = line,
            Priority = (GapPriority)priority,
            Fingerprint = fingerprint,
            Criteria = criteria,
        };
    }
}
