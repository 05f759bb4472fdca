using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using GapModel.Generators.Generation;
using GapModel.Generators.Model;
using GapModel.Shared;

namespace GapModel.Generators.Emit;

/// <summary>Writes <c>Gaps.g.cs</c>: one <c>const string</c> per gap, documented so a hover tells the gap's story.</summary>
internal static class ConstantsEmitter
{
    [MethodImpl(Optimized.Always)]
    public static SourceWriter Emit(CatalogSpec spec)
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
            // Appended piece by piece: thousands of gaps, and each line would otherwise be built and copied twice.
            var gap = entry.Gap;
            var line = writer.BeginLine().Append("/// <summary>");
            CSharpText.AppendXmlDoc(line, gap.Id);
            if (gap.Title.Length > 0)
            {
                CSharpText.AppendXmlDoc(line.Append(": "), gap.Title);
            }

            line.Append("</summary>");
            writer.EndLine();
            AppendRemarks(writer.BeginLine().Append("/// <remarks>"), entry).Append("</remarks>");
            writer.EndLine();
            CSharpText.AppendLiteral(writer.BeginLine().Append("public const string ").Append(entry.ConstantName).Append(" = "), gap.Id).Append(';');
            writer.EndLine();
        }

        writer.CloseBlock();
        return GeneratedFile.End(spec.Namespace, writer);
    }

    [MethodImpl(Optimized.Always)]
    private static StringBuilder AppendRemarks(StringBuilder text, CatalogGap entry)
    {
        var gap = entry.Gap;
        var classified = false;
        foreach (var field in GapFieldTable.ClassificationParts)
        {
            var part = gap[field].Text;
            if (part.Length > 0)
            {
                CSharpText.AppendXmlDoc(classified ? text.Append(GapFieldTable.ClassificationSeparator) : text, part);
                classified = true;
            }
        }

        text.Append(classified ? ". " : string.Empty).Append("Status: ").Append(StatusName(gap.Status)).Append(". Defined in ");
        CSharpText.AppendXmlDoc(text, entry.SourcePath).Append(", line ").Append(gap.Position.DisplayLine.ToString(CultureInfo.InvariantCulture));
        text.Append(". Fingerprint: ").Append(entry.Fingerprint).Append('.');
        var criteria = gap.ValidationCriteria;
        for (var i = 0; i < criteria.Count; i++)
        {
            // Numbered as [ValidatesGap(id, criterion)] counts them.
            text.Append(i == 0 ? " Validation criteria: (" : "; (").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(") ");
            CSharpText.AppendXmlDoc(text, criteria[i].Text);
            text.Append(i == criteria.Count - 1 ? "." : string.Empty);
        }

        if (gap.Status == GapStatus.Resolved)
        {
            text.Append(" This gap is resolved: code that still addresses it is stale (GM0002).");
        }

        return text;
    }

    private static string StatusName(GapStatus status) => status switch
    {
        GapStatus.InProgress => "IN_PROGRESS",
        GapStatus.Resolved => "RESOLVED",
        _ => "OPEN",
    };
}
