using System.Globalization;
using System.Text;
using GapModel.Generators.Generation;
using GapModel.Generators.Model;

namespace GapModel.Generators.Emit;

/// <summary>
/// Encodes one gap as the record <c>GapModel.GapRecordReader</c> decodes (see its remarks for the format): the
/// whole <c>GapInfo</c> in one string literal, which the compiler handles far faster than nested object creation.
/// </summary>
internal static class GapRecordWriter
{
    public static string Write(CatalogGap entry)
    {
        var gap = entry.Gap;
        var record = new StringBuilder();
        String(record, gap.Id);
        String(record, gap.Title);
        Number(record, (int)gap.Status);
        String(record, gap.StatusText);
        Number(record, (int)gap.Priority);
        String(record, gap.PriorityText);
        Number(record, (int)gap.Type);
        String(record, gap.TypeText);
        Number(record, (int)gap.Scope);
        String(record, gap.ScopeText);

        Number(record, gap.SystemsAffected.Count);
        foreach (var system in gap.SystemsAffected)
        {
            String(record, system);
        }

        Number(record, gap.Fields.Count);
        foreach (var field in gap.Fields)
        {
            String(record, field.Name);
            String(record, field.Value);
            Number(record, field.Position.DisplayLine);
            Number(record, field.Items.Count);
            foreach (var item in field.Items)
            {
                String(record, item.Text);
                Number(record, item.IsDone ? 1 : 0);
                Number(record, item.Position.DisplayLine);
            }
        }

        String(record, entry.SourcePath);
        Number(record, gap.Position.DisplayLine);
        String(record, entry.Fingerprint);
        return record.ToString();
    }

    private static void String(StringBuilder record, string value)
        => record.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private static void Number(StringBuilder record, int value)
        => record.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
}
