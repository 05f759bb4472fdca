using System.Linq;
using System.Text;
using GapModel.Generators.Generation;
using GapModel.Shared;

namespace GapModel.Generators.Emit;

/// <summary>
/// Writes <c>GapDefinitions.g.cs</c> for a public catalog, an internal one with friends (<c>InternalsVisibleTo</c>) or a
/// project that asks for a report: every gap in one <c>[assembly: GapDefinitions("…")]</c> (format in
/// <see cref="GapDefinitionFormat"/>), which the analyzer of a referencing project reads, so code there can address these
/// gaps and sees their current status. One literal: an attribute per gap cost the compiler ~1 ms each.
/// </summary>
internal static class DefinitionsEmitter
{
    public static SourceWriter Emit(CatalogSpec spec)
    {
        var constantClass = spec.Namespace is null ? "Gaps." : spec.Namespace + ".Gaps.";
        var records = new StringBuilder();
        foreach (var entry in spec.Gaps)
        {
            var gap = entry.Gap;
            GapDefinitionFormat.Append(records, new GapDefinitionRecord(
                gap.Id,
                gap.Title,
                (int)gap.Status,
                (int)gap.Priority,
                entry.SourcePath,
                gap.Position.DisplayLine,
                gap[ClassifiedField.Status].Where?.DisplayLine ?? 0,
                constantClass + entry.ConstantName.TrimStart('@'),
                entry.Fingerprint,
                gap.ValidationCriteria.Select(c => c.Text).ToList()));
        }

        var writer = GeneratedFile.Begin(ns: null, spec.NullableAnnotations);
        writer.WriteLine("[assembly: " + GeneratedFile.Runtime + "GapDefinitions(" + CSharpText.Literal(records.ToString()) + ")]");
        return writer;
    }
}
