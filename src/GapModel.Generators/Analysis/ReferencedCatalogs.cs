using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Analysis;

/// <summary>One gap read from a referenced assembly's <c>[assembly: GapModel.GapDefinition(...)]</c>.</summary>
internal sealed record ReferencedGap(string Id, string Title, GapStatusKind Status, string StatusLocation, string? Constant, IAssemblySymbol Assembly);

/// <summary>
/// The gap catalogs of referenced assemblies (shared catalog projects). Only assemblies that reference GapModel
/// can carry them, so the others are skipped without reading their attributes; what one assembly holds is cached
/// by its symbol, which the compiler reuses across compilations while the reference does not change.
/// </summary>
internal static class ReferencedCatalogs
{
    public const string RuntimeAssemblyName = "GapModel";

    private static readonly ConditionalWeakTable<IAssemblySymbol, IReadOnlyList<ReferencedGap>> Cache = new();

    /// <summary>Every referenced definition by ID; the first reference (in reference order) to define an ID wins.</summary>
    public static Dictionary<string, ReferencedGap> Collect(Compilation compilation, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, ReferencedGap>(StringComparer.Ordinal);
        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly)
            {
                continue;
            }

            foreach (var gap in Cache.GetValue(assembly, Read))
            {
                if (!byId.ContainsKey(gap.Id))
                {
                    byId.Add(gap.Id, gap);
                }
            }
        }

        return byId;
    }

    private static IReadOnlyList<ReferencedGap> Read(IAssemblySymbol assembly)
    {
        if (!ReferencesRuntime(assembly))
        {
            return Array.Empty<ReferencedGap>();
        }

        var gaps = new List<ReferencedGap>();
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GapDefinitionAttribute" } type
                && type.ToDisplayString() == AttributeNames.GapDefinition
                && TryRead(attribute, assembly) is { } gap)
            {
                gaps.Add(gap);
            }
        }

        return gaps;
    }

    private static bool ReferencesRuntime(IAssemblySymbol assembly)
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
    private static ReferencedGap? TryRead(AttributeData attribute, IAssemblySymbol assembly)
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
            }
        }

        // GapModel.GapStatus: Open = 0, InProgress = 1, Resolved = 2 (mirrored by GapStatusKind).
        var kind = status switch
        {
            1 => GapStatusKind.InProgress,
            2 => GapStatusKind.Resolved,
            _ => GapStatusKind.Open,
        };
        var where = sourcePath + ":" + (statusLine > 0 ? statusLine : line).ToString(CultureInfo.InvariantCulture);
        return new ReferencedGap(id, title, kind, where, constant, assembly);
    }
}
