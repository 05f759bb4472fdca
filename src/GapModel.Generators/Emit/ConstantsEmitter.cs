using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GapModel.Generators.Generation;
using GapModel.Generators.Model;
using GapModel.Shared;

namespace GapModel.Generators.Emit;

/// <summary>Writes <c>Gaps.g.cs</c>: one <c>const string</c> per gap, documented so a hover tells the gap's story.</summary>
internal static class ConstantsEmitter
{
    public static string Emit(CatalogSpec spec)
    {
        var writer = GeneratedFile.Begin(spec.Namespace, spec.NullableAnnotations);
        writer.WriteLine("/// <summary>The IDs of the gaps defined in this project's gap documents, one constant per gap.</summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine(GeneratedFile.Visibility(spec.IsPublic) + " static partial class Gaps");
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
        return GeneratedFile.End(spec.Namespace, writer);
    }

    private static string Remarks(CatalogGap entry)
    {
        var gap = entry.Gap;
        var parts = new List<string>();
        var classification = string.Join(GapFieldTable.ClassificationSeparator, new[] { gap.TypeText, gap.PriorityText, gap.ScopeText }.Where(p => p.Length > 0));
        if (classification.Length > 0)
        {
            parts.Add(classification + ".");
        }

        parts.Add("Status: " + StatusName(gap.Status) + ".");
        parts.Add("Defined in " + entry.SourcePath + ", line " + gap.Position.DisplayLine.ToString(CultureInfo.InvariantCulture) + ".");
        parts.Add("Fingerprint: " + entry.Fingerprint + ".");
        var criteria = gap.ValidationCriteria;
        if (criteria.Count > 0)
        {
            // Numbered as [ValidatesGap(id, criterion)] counts them.
            parts.Add("Validation criteria: " + string.Join("; ", criteria.Select((c, i) => "(" + (i + 1).ToString(CultureInfo.InvariantCulture) + ") " + c.Text)) + ".");
        }

        if (gap.Status == GapStatus.Resolved)
        {
            parts.Add("This gap is resolved: code that still addresses it is stale (GM0002).");
        }

        return string.Join(" ", parts);
    }

    private static string StatusName(GapStatus status) => status switch
    {
        GapStatus.InProgress => "IN_PROGRESS",
        GapStatus.Resolved => "RESOLVED",
        _ => "OPEN",
    };
}
