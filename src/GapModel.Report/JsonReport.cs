using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GapModel.Report;

/// <summary>Writes <c>report.json</c>, the public contract documented in docs/report.md (<c>schemaVersion</c> 1).</summary>
internal static class JsonReport
{
    public const int SchemaVersion = 1;

    public static void Write(TraceReport report, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("project", report.Project);

        json.WriteStartObject("summary");
        json.WriteNumber("gaps", report.Gaps.Count);
        Counts(json, "byStatus", ["Open", "InProgress", "Resolved"], s => report.Gaps.Count(g => g.Status == s));
        Counts(json, "byPriority", ["P0", "P1", "P2", "P3", "Unspecified"], p => report.Gaps.Count(g => g.Priority == p));
        json.WriteStartArray("uncovered");
        foreach (var gap in report.Gaps.Where(g => g.Uncovered))
        {
            json.WriteStringValue(gap.Id);
        }

        json.WriteEndArray();
        json.WriteNumber("suspectReferences", report.SuspectReferences.Count());
        json.WriteEndObject();

        json.WriteStartArray("gaps");
        foreach (var gap in report.Gaps)
        {
            json.WriteStartObject();
            json.WriteString("id", gap.Id);
            json.WriteString("title", gap.Title);
            json.WriteString("status", gap.Status);
            json.WriteString("priority", gap.Priority);
            json.WriteString("fingerprint", gap.Fingerprint);
            json.WriteStartObject("source");
            json.WriteString("project", gap.Project);
            json.WriteString("path", gap.Path);
            json.WriteNumber("line", gap.Line);
            json.WriteEndObject();
            json.WriteBoolean("uncovered", gap.Uncovered);
            json.WriteStartArray("addressedBy");
            foreach (var link in gap.AddressedBy)
            {
                Link(json, link);
            }

            json.WriteEndArray();
            json.WriteStartArray("criteria");
            foreach (var criterion in gap.Criteria)
            {
                json.WriteStartObject();
                json.WriteNumber("number", criterion.Number);
                json.WriteString("text", criterion.Text);
                json.WriteStartArray("validatedBy");
                foreach (var link in criterion.ValidatedBy)
                {
                    Link(json, link);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter json, string name, string[] keys, System.Func<string, int> count)
    {
        json.WriteStartObject(name);
        foreach (var key in keys)
        {
            json.WriteNumber(key, count(key));
        }

        json.WriteEndObject();
    }

    private static void Link(Utf8JsonWriter json, LinkView link)
    {
        json.WriteStartObject();
        json.WriteString("symbol", link.Symbol);
        json.WriteString("project", link.Project);
        json.WriteString("path", link.Path);
        json.WriteNumber("line", link.Line);
        if (link.Reviewed is null)
        {
            json.WriteNull("reviewed");
        }
        else
        {
            json.WriteString("reviewed", link.Reviewed);
        }

        json.WriteBoolean("suspect", link.Suspect);
        json.WriteEndObject();
    }
}
