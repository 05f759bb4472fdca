using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GapModel.Generators.Generation;
using GapModel.Generators.Model;

namespace GapModel.Generators.Emit;

/// <summary>Writes <c>Gaps.g.cs</c> and <c>GapCatalog.g.cs</c> from a <see cref="CatalogSpec"/>; C# 7.3 compatible.</summary>
internal static class CatalogEmitter
{
    private const string Runtime = "global::GapModel.";

    private static readonly string GeneratedCode =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"GapModel\", \"" + typeof(CatalogEmitter).Assembly.GetName().Version + "\")]";

    public static string EmitConstants(CatalogSpec spec)
    {
        var writer = Begin(spec);
        writer.WriteLine("/// <summary>The IDs of the gaps defined in this project's gap documents, one constant per gap.</summary>");
        writer.WriteLine(GeneratedCode);
        writer.WriteLine(Visibility(spec) + " static partial class Gaps");
        writer.OpenBlock();
        var first = true;
        foreach (var entry in spec.Gaps)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            var gap = entry.Gap;
            writer.WriteLine("/// <summary>" + CSharpText.XmlDoc(gap.Title.Length == 0 ? gap.Id : gap.Id + ": " + gap.Title) + "</summary>");
            writer.WriteLine("/// <remarks>" + CSharpText.XmlDoc(Remarks(entry)) + "</remarks>");
            writer.WriteLine("public const string " + entry.ConstantName + " = " + CSharpText.Literal(gap.Id) + ";");
        }

        writer.CloseBlock();
        return End(spec, writer);
    }

    public static string EmitCatalog(CatalogSpec spec)
    {
        var writer = Begin(spec);
        var gapInfo = Runtime + "GapInfo";
        var nullable = spec.NullableAnnotations ? "?" : string.Empty;
        var notNullWhen = spec.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;

        writer.WriteLine("/// <summary>The gaps defined in this project's gap documents: "
            + Count(spec.Gaps.Count, "gap") + " from " + Count(spec.DocumentCount, "document") + ".</summary>");
        writer.WriteLine(GeneratedCode);
        writer.WriteLine(Visibility(spec) + " static partial class GapCatalog");
        writer.OpenBlock();

        writer.WriteLine("/// <summary>Every gap: documents in path order, gaps in document order.</summary>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + gapInfo + "> All");
        writer.OpenBlock();
        writer.WriteLine("get { return Data.All; }");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("/// <summary>Finds the gap with the given ID, compared ordinally; no allocation.</summary>");
        writer.WriteLine("public static bool TryGet(string id, " + notNullWhen + "out " + gapInfo + nullable + " gap)");
        writer.OpenBlock();
        writer.WriteLine("var index = IndexOf(id);");
        writer.WriteLine("gap = index < 0 ? null : Data.Items[index];");
        writer.WriteLine("return index >= 0;");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("private static int IndexOf(string id)");
        writer.OpenBlock();
        writer.WriteLine("switch (id)");
        writer.OpenBlock();
        for (var i = 0; i < spec.Gaps.Count; i++)
        {
            writer.WriteLine("case " + CSharpText.Literal(spec.Gaps[i].Gap.Id) + ": return " + i.ToString(CultureInfo.InvariantCulture) + ";");
        }

        writer.WriteLine("default: return -1;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("// Built on first use, exactly once: the runtime runs a type initializer a single time.");
        writer.WriteLine("private static class Data");
        writer.OpenBlock();
        writer.WriteLine("internal static readonly " + gapInfo + "[] Items = new " + gapInfo + "[]");
        writer.OpenBlock();
        foreach (var entry in spec.Gaps)
        {
            WriteGapInfo(writer, entry);
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteLine("internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + gapInfo + "> All =");
        writer.WriteLine("    new global::System.Collections.ObjectModel.ReadOnlyCollection<" + gapInfo + ">(Items);");
        writer.CloseBlock();

        writer.CloseBlock();
        return End(spec, writer);
    }

    private static void WriteGapInfo(SourceWriter writer, CatalogGap entry)
    {
        var gap = entry.Gap;
        writer.WriteLine("new " + Runtime + "GapInfo(");
        writer.Indent();
        writer.WriteLine("id: " + CSharpText.Literal(gap.Id) + ",");
        writer.WriteLine("title: " + CSharpText.Literal(gap.Title) + ",");
        writer.WriteLine("status: " + Runtime + "GapStatus." + gap.Status + ",");
        writer.WriteLine("statusText: " + CSharpText.Literal(gap.StatusText) + ",");
        writer.WriteLine("priority: " + Runtime + "GapPriority." + gap.Priority + ",");
        writer.WriteLine("priorityText: " + CSharpText.Literal(gap.PriorityText) + ",");
        writer.WriteLine("type: " + Runtime + "GapType." + gap.Type + ",");
        writer.WriteLine("typeText: " + CSharpText.Literal(gap.TypeText) + ",");
        writer.WriteLine("scope: " + Runtime + "GapScope." + gap.Scope + ",");
        writer.WriteLine("scopeText: " + CSharpText.Literal(gap.ScopeText) + ",");
        writer.WriteLine("systemsAffected: " + StringArray(gap.SystemsAffected) + ",");
        if (gap.Fields.Count == 0)
        {
            writer.WriteLine("fields: global::System.Array.Empty<" + Runtime + "GapField>(),");
        }
        else
        {
            writer.WriteLine("fields: new " + Runtime + "GapField[]");
            writer.OpenBlock();
            foreach (var field in gap.Fields)
            {
                WriteField(writer, field);
            }

            writer.CloseBlock(",");
        }

        writer.WriteLine("sourcePath: " + CSharpText.Literal(entry.SourcePath) + ",");
        writer.WriteLine("line: " + gap.Position.DisplayLine.ToString(CultureInfo.InvariantCulture) + "),");
        writer.Unindent();
    }

    private static void WriteField(SourceWriter writer, FieldSpec field)
    {
        var head = "new " + Runtime + "GapField(" + CSharpText.Literal(field.Name) + ", " + CSharpText.Literal(field.Value) + ", "
            + field.Position.DisplayLine.ToString(CultureInfo.InvariantCulture);
        if (field.Items.Count == 0)
        {
            writer.WriteLine(head + "),");
            return;
        }

        writer.WriteLine(head + ", new " + Runtime + "GapChecklistItem[]");
        writer.OpenBlock();
        foreach (var item in field.Items)
        {
            writer.WriteLine("new " + Runtime + "GapChecklistItem(" + CSharpText.Literal(item.Text) + ", "
                + (item.IsDone ? "true" : "false") + ", " + item.Position.DisplayLine.ToString(CultureInfo.InvariantCulture) + "),");
        }

        writer.CloseBlock("),");
    }

    private static string StringArray(EquatableArray<string> values)
        => values.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "new string[] { " + string.Join(", ", values.Select(CSharpText.Literal)) + " }";

    private static string Remarks(CatalogGap entry)
    {
        var gap = entry.Gap;
        var parts = new List<string>();
        var classification = string.Join(" | ", new[] { gap.TypeText, gap.PriorityText, gap.ScopeText }.Where(p => p.Length > 0));
        if (classification.Length > 0)
        {
            parts.Add(classification + ".");
        }

        parts.Add("Status: " + StatusName(gap.Status) + ".");
        parts.Add("Defined in " + entry.SourcePath + ", line " + gap.Position.DisplayLine.ToString(CultureInfo.InvariantCulture) + ".");
        if (gap.Status == GapStatusKind.Resolved)
        {
            parts.Add("This gap is resolved: code that still addresses it is stale (GM0002).");
        }

        return string.Join(" ", parts);
    }

    private static string StatusName(GapStatusKind status) => status switch
    {
        GapStatusKind.InProgress => "IN_PROGRESS",
        GapStatusKind.Resolved => "RESOLVED",
        _ => "OPEN",
    };

    private static string Count(int count, string noun)
        => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Visibility(CatalogSpec spec) => spec.IsPublic ? "public" : "internal";

    private static SourceWriter Begin(CatalogSpec spec)
    {
        var writer = new SourceWriter();
        writer.WriteLine("// <auto-generated/>");
        writer.WriteLine("// Generated by GapModel from the gap documents passed as AdditionalFiles. Do not edit.");
        if (spec.NullableAnnotations)
        {
            writer.WriteLine("#nullable enable");
        }

        writer.WriteLine();
        if (spec.Namespace is not null)
        {
            writer.WriteLine("namespace " + spec.Namespace);
            writer.OpenBlock();
        }

        return writer;
    }

    private static string End(CatalogSpec spec, SourceWriter writer)
    {
        if (spec.Namespace is not null)
        {
            writer.CloseBlock();
        }

        return writer.ToString();
    }
}
