using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
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

    public static SourceWriter Emit(CatalogSpec spec)
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

    [MethodImpl(Optimized.Always)]
    private static void WriteData(SourceWriter writer, CatalogSpec spec)
    {
        var list = "global::System.Collections.Generic.List<" + GapInfo + ">";
        var groups = "global::System.Collections.Generic.Dictionary<string, " + list + ">";
        writer.WriteLine("// Built on first use, exactly once: the runtime runs a type initializer a single time.");
        writer.WriteLine("private static class Data");
        writer.OpenBlock();
        writer.WriteLine("// One record per gap, each piece of text carried once (GapRecordReader's remarks); the lookups are built from them.");
        writer.WriteLine("internal static readonly " + GapInfo + "[] Items = " + GeneratedFile.Runtime + "GapRecordReader.ReadShared(new string[]");
        writer.OpenBlock();
        foreach (var record in GapRecordWriter.Write(spec.Gaps))
        {
            CSharpText.AppendLiteral(writer.BeginLine(), record).Append(',');
            writer.EndLine();
        }

        writer.CloseBlock(");");
        writer.WriteLine();
        writer.WriteLine("internal static readonly " + ReadOnlyCollection + " All = new " + ReadOnlyCollection + "(Items);");
        writer.WriteLine("internal static readonly " + ReadOnlyCollection + " None = new " + ReadOnlyCollection + "(new " + GapInfo + "[0]);");
        writer.WriteLine("internal static readonly global::System.Collections.Generic.Dictionary<string, " + GapInfo + "> ById = Index(Items);");

        // Indexed by the enums' values: the generator compiles the runtime's GapStatus and GapPriority.
        writer.WriteLine("internal static readonly " + ReadOnlyCollection + "[] ByStatus = ByValue(" + Int(Enum.GetValues(typeof(GapStatus)).Length) + ", true);");
        writer.WriteLine("internal static readonly " + ReadOnlyCollection + "[] ByPriority = ByValue(" + Int(Enum.GetValues(typeof(GapPriority)).Length) + ", false);");

        // Keyed ignoring case by the first spelling seen; a gap once per system however often it names it.
        writer.WriteLine("internal static readonly global::System.Collections.Generic.Dictionary<string, " + ReadOnlyCollection + "> BySystem =");
        writer.WriteLine("    new global::System.Collections.Generic.Dictionary<string, " + ReadOnlyCollection + ">(global::System.StringComparer.OrdinalIgnoreCase);");
        writer.WriteLine("internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<string> Systems = GroupBySystem();");
        writer.WriteLine();
        writer.WriteLine("private static " + ReadOnlyCollection + "[] ByValue(int count, bool status)");
        writer.OpenBlock();
        writer.WriteLine("var lists = new " + list + "[count];");
        writer.WriteLine("for (var i = 0; i < count; i++)");
        writer.OpenBlock();
        writer.WriteLine("lists[i] = new " + list + "();");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("foreach (var item in Items)");
        writer.OpenBlock();
        writer.WriteLine("var value = status ? (int)item.Status : (int)item.Priority;");
        writer.WriteLine("if (value >= 0 && value < count)");
        writer.OpenBlock();
        writer.WriteLine("lists[value].Add(item);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var tables = new " + ReadOnlyCollection + "[count];");
        writer.WriteLine("for (var i = 0; i < count; i++)");
        writer.OpenBlock();
        writer.WriteLine("tables[i] = new " + ReadOnlyCollection + "(lists[i].ToArray());");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return tables;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("private static global::System.Collections.ObjectModel.ReadOnlyCollection<string> GroupBySystem()");
        writer.OpenBlock();
        writer.WriteLine("var bySystem = new " + groups + "(global::System.StringComparer.OrdinalIgnoreCase);");
        writer.WriteLine("var systems = new global::System.Collections.Generic.List<string>();");
        writer.WriteLine("foreach (var item in Items)");
        writer.OpenBlock();
        writer.WriteLine("foreach (var system in item.SystemsAffected)");
        writer.OpenBlock();
        writer.WriteLine(list + NullableOf(spec) + " gaps;");
        writer.WriteLine("if (!bySystem.TryGetValue(system, out gaps))");
        writer.OpenBlock();
        writer.WriteLine("gaps = new " + list + "();");
        writer.WriteLine("bySystem.Add(system, gaps);");
        writer.WriteLine("systems.Add(system);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("if (gaps.Count == 0 || !global::System.Object.ReferenceEquals(gaps[gaps.Count - 1], item))");
        writer.OpenBlock();
        writer.WriteLine("gaps.Add(item);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("foreach (var system in systems)");
        writer.OpenBlock();
        writer.WriteLine("BySystem.Add(system, new " + ReadOnlyCollection + "(bySystem[system].ToArray()));");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var sorted = systems.ToArray();");
        writer.WriteLine("global::System.Array.Sort(sorted, global::System.StringComparer.Ordinal);");
        writer.WriteLine("return new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(sorted);");
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

    private static string NullableOf(CatalogSpec spec) => spec.NullableAnnotations ? "?" : string.Empty;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string noun)
        => Int(count) + " " + noun + (count == 1 ? string.Empty : "s");
}
