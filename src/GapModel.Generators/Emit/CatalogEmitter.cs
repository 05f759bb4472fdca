using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GapModel.Generators.Generation;
using GapModel.Generators.Model;

namespace GapModel.Generators.Emit;

/// <summary>
/// Writes <c>GapCatalog.g.cs</c>: every gap's full <c>GapInfo</c>, built once on first use, and lookups by ID,
/// status, priority and system that return precomputed lists (no reflection, no allocation per call). C# 7.3 compatible.
/// </summary>
internal static class CatalogEmitter
{
    private const string GapInfo = GeneratedFile.Runtime + "GapInfo";
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList<" + GapInfo + ">";
    private const string ReadOnlyCollection = "global::System.Collections.ObjectModel.ReadOnlyCollection<" + GapInfo + ">";

    public static string Emit(CatalogSpec spec)
    {
        var writer = GeneratedFile.Begin(spec.Namespace, spec.NullableAnnotations);
        var nullable = spec.NullableAnnotations ? "?" : string.Empty;
        var notNullWhen = spec.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;

        writer.WriteLine("/// <summary>The gaps defined in this project's gap documents: "
            + Count(spec.Gaps.Count, "gap") + " from " + Count(spec.DocumentCount, "document") + ".</summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine(GeneratedFile.Visibility(spec.IsPublic) + " static partial class GapCatalog");
        writer.OpenBlock();

        writer.WriteLine("/// <summary>Every gap: documents in path order, gaps in document order.</summary>");
        writer.WriteLine("public static " + ReadOnlyList + " All");
        writer.OpenBlock();
        writer.WriteLine("get { return Data.All; }");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("/// <summary>Every system named under Systems Affected, once each, sorted ordinally.</summary>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> Systems");
        writer.OpenBlock();
        writer.WriteLine("get { return Data.Systems; }");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("/// <summary>Finds the gap with the given ID, compared ordinally.</summary>");
        writer.WriteLine("public static bool TryGet(string id, " + notNullWhen + "out " + GapInfo + nullable + " gap)");
        writer.OpenBlock();
        writer.WriteLine("if (id != null && Data.ById.TryGetValue(id, out var found))");
        writer.OpenBlock();
        writer.WriteLine("gap = found;");
        writer.WriteLine("return true;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("gap = null;");
        writer.WriteLine("return false;");
        writer.CloseBlock();
        writer.WriteLine();

        WriteLookup(writer, "The gaps with the given status, in catalog order.", "WithStatus", GeneratedFile.Runtime + "GapStatus status", "Data.ByStatus", "(int)status");
        WriteLookup(writer, "The gaps with the given priority, in catalog order.", "WithPriority", GeneratedFile.Runtime + "GapPriority priority", "Data.ByPriority", "(int)priority");

        writer.WriteLine("/// <summary>The gaps that name the given system under Systems Affected (compared ignoring case), in catalog order.</summary>");
        writer.WriteLine("public static " + ReadOnlyList + " AffectingSystem(string system)");
        writer.OpenBlock();
        writer.WriteLine(ReadOnlyCollection + nullable + " gaps;");
        writer.WriteLine("return system != null && Data.BySystem.TryGetValue(system, out gaps) ? gaps : Data.None;");
        writer.CloseBlock();
        writer.WriteLine();

        WriteData(writer, spec);
        writer.CloseBlock();
        return GeneratedFile.End(spec.Namespace, writer);
    }

    private static void WriteLookup(SourceWriter writer, string summary, string name, string parameter, string table, string index)
    {
        writer.WriteLine("/// <summary>" + summary + "</summary>");
        writer.WriteLine("public static " + ReadOnlyList + " " + name + "(" + parameter + ")");
        writer.OpenBlock();
        writer.WriteLine("var index = " + index + ";");
        writer.WriteLine("return index >= 0 && index < " + table + ".Length ? " + table + "[index] : Data.None;");
        writer.CloseBlock();
        writer.WriteLine();
    }

    private static void WriteData(SourceWriter writer, CatalogSpec spec)
    {
        var gaps = spec.Gaps;
        writer.WriteLine("// Built on first use, exactly once: the runtime runs a type initializer a single time.");
        writer.WriteLine("private static class Data");
        writer.OpenBlock();
        writer.WriteLine("// One record per gap, decoded on first use: string literals compile far faster than nested object creation.");
        writer.WriteLine("internal static readonly " + GapInfo + "[] Items = " + GeneratedFile.Runtime + "GapRecordReader.Read(new string[]");
        writer.OpenBlock();
        foreach (var entry in gaps)
        {
            writer.WriteLine("// " + CSharpText.Comment(entry.Gap.Title.Length == 0 ? entry.Gap.Id : entry.Gap.Id + ": " + entry.Gap.Title));
            writer.WriteLine(CSharpText.Literal(GapRecordWriter.Write(entry)) + ",");
        }

        writer.CloseBlock(");");
        writer.WriteLine();
        writer.WriteLine("internal static readonly " + ReadOnlyCollection + " All = new " + ReadOnlyCollection + "(Items);");
        writer.WriteLine("internal static readonly " + ReadOnlyCollection + " None = new " + ReadOnlyCollection + "(new " + GapInfo + "[0]);");
        writer.WriteLine("internal static readonly global::System.Collections.Generic.Dictionary<string, " + GapInfo + "> ById = Index(Items);");
        writer.WriteLine();

        // Indexed by the enums' values, which GapStatusKind and GapPriorityKind mirror.
        WriteTableByValue<GapStatusKind>(writer, "ByStatus", gaps, g => g.Status);
        WriteTableByValue<GapPriorityKind>(writer, "ByPriority", gaps, g => g.Priority);

        var gapsBySystem = IndicesBySystem(gaps);
        var systems = gapsBySystem.Keys.OrderBy(s => s, StringComparer.Ordinal).ToList();
        writer.WriteLine("internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<string> Systems = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[]");
        writer.OpenBlock();
        foreach (var system in systems)
        {
            writer.WriteLine(CSharpText.Literal(system) + ",");
        }

        writer.CloseBlock(");");
        writer.WriteLine();
        writer.WriteLine("internal static readonly global::System.Collections.Generic.Dictionary<string, " + ReadOnlyCollection + "> BySystem =");
        writer.WriteLine("    new global::System.Collections.Generic.Dictionary<string, " + ReadOnlyCollection + ">(global::System.StringComparer.OrdinalIgnoreCase)");
        writer.OpenBlock();
        foreach (var system in systems)
        {
            writer.WriteLine("{ " + CSharpText.Literal(system) + ", " + Pick(gapsBySystem[system]) + " },");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteLine("private static " + ReadOnlyCollection + " Pick(params int[] indices)");
        writer.OpenBlock();
        writer.WriteLine("var picked = new " + GapInfo + "[indices.Length];");
        writer.WriteLine("for (var i = 0; i < indices.Length; i++)");
        writer.OpenBlock();
        writer.WriteLine("picked[i] = Items[indices[i]];");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return new " + ReadOnlyCollection + "(picked);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("private static global::System.Collections.Generic.Dictionary<string, " + GapInfo + "> Index(" + GapInfo + "[] items)");
        writer.OpenBlock();
        writer.WriteLine("var byId = new global::System.Collections.Generic.Dictionary<string, " + GapInfo + ">(items.Length, global::System.StringComparer.Ordinal);");
        writer.WriteLine("foreach (var item in items)");
        writer.OpenBlock();
        writer.WriteLine("byId.Add(item.Id, item);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return byId;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteTableByValue<TKind>(SourceWriter writer, string name, EquatableArray<CatalogGap> gaps, Func<GapSpec, TKind> kindOf)
        where TKind : struct, Enum
    {
        writer.WriteLine("internal static readonly " + ReadOnlyCollection + "[] " + name + " = new " + ReadOnlyCollection + "[]");
        writer.OpenBlock();
        foreach (TKind kind in Enum.GetValues(typeof(TKind)))
        {
            writer.WriteLine(Pick(IndicesWhere(gaps, g => EqualityComparer<TKind>.Default.Equals(kindOf(g), kind))) + ", // " + kind);
        }

        writer.CloseBlock(";");
        writer.WriteLine();
    }

    /// <summary>
    /// The catalog indices of the gaps naming each system, compared ignoring case, keyed by the first spelling seen.
    /// One pass: a scan per system would be quadratic in catalogs that name thousands of systems.
    /// </summary>
    private static Dictionary<string, List<int>> IndicesBySystem(EquatableArray<CatalogGap> gaps)
    {
        var bySystem = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < gaps.Count; i++)
        {
            foreach (var system in gaps[i].Gap.SystemsAffected)
            {
                if (!bySystem.TryGetValue(system, out var indices))
                {
                    bySystem.Add(system, indices = new List<int>());
                }

                if (indices.Count == 0 || indices[indices.Count - 1] != i)
                {
                    indices.Add(i);
                }
            }
        }

        return bySystem;
    }

    private static List<int> IndicesWhere(EquatableArray<CatalogGap> gaps, Func<GapSpec, bool> predicate)
        => Enumerable.Range(0, gaps.Count).Where(i => predicate(gaps[i].Gap)).ToList();

    private static string Pick(List<int> indices) => "Pick(" + string.Join(", ", indices.Select(Int)) + ")";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string noun)
        => Int(count) + " " + noun + (count == 1 ? string.Empty : "s");
}
