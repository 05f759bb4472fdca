using System;
using System.ComponentModel;
using System.Globalization;

namespace GapModel;

/// <summary>
/// Decodes the records the generated <c>GapCatalog</c> is built from. Generated code keeps each gap as one string
/// literal rather than nested object creation: thousands of literals compile in a fraction of the time. Called by
/// generated code only; the format belongs to the package version that wrote it.
/// </summary>
/// <remarks>
/// A record is a sequence of values: a string is its length in UTF-16 code units, <c>:</c>, then its characters;
/// a number is its decimal digits followed by <c>;</c>. The generator's <c>GapRecordWriter</c> writes them in
/// <see cref="GapInfo"/>'s constructor order, lists as a count followed by their items.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GapRecordReader
{
    /// <summary>Decodes every record, in order.</summary>
    public static GapInfo[] Read(string[] records)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var gaps = new GapInfo[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            gaps[i] = Read(records[i]);
        }

        return gaps;
    }

    private static GapInfo Read(string record)
    {
        var position = 0;
        var id = ReadString(record, ref position);
        var title = ReadString(record, ref position);
        var status = (GapStatus)ReadNumber(record, ref position);
        var statusText = ReadString(record, ref position);
        var priority = (GapPriority)ReadNumber(record, ref position);
        var priorityText = ReadString(record, ref position);
        var type = (GapType)ReadNumber(record, ref position);
        var typeText = ReadString(record, ref position);
        var scope = (GapScope)ReadNumber(record, ref position);
        var scopeText = ReadString(record, ref position);

        var systems = new string[ReadNumber(record, ref position)];
        for (var i = 0; i < systems.Length; i++)
        {
            systems[i] = ReadString(record, ref position);
        }

        var fields = new GapField[ReadNumber(record, ref position)];
        for (var i = 0; i < fields.Length; i++)
        {
            var name = ReadString(record, ref position);
            var value = ReadString(record, ref position);
            var line = ReadNumber(record, ref position);
            var items = new GapChecklistItem[ReadNumber(record, ref position)];
            for (var j = 0; j < items.Length; j++)
            {
                var text = ReadString(record, ref position);
                var isDone = ReadNumber(record, ref position) != 0;
                items[j] = new GapChecklistItem(text, isDone, ReadNumber(record, ref position));
            }

            fields[i] = new GapField(name, value, line, items);
        }

        var sourcePath = ReadString(record, ref position);
        var gapLine = ReadNumber(record, ref position);
        var fingerprint = ReadString(record, ref position);
        if (position != record.Length)
        {
            throw new FormatException("A gap record has unread data: the generated catalog does not match this GapModel.dll.");
        }

        return new GapInfo(id, title, status, statusText, priority, priorityText, type, typeText, scope, scopeText, systems, fields, sourcePath, gapLine, fingerprint);
    }

    private static string ReadString(string record, ref int position)
    {
        var colon = record.IndexOf(':', position);
        var length = ParseNumber(record, position, colon);
        var value = record.Substring(colon + 1, length);
        position = colon + 1 + length;
        return value;
    }

    private static int ReadNumber(string record, ref int position)
    {
        var end = record.IndexOf(';', position);
        var value = ParseNumber(record, position, end);
        position = end + 1;
        return value;
    }

    private static int ParseNumber(string record, int start, int end)
    {
        if (end < start || !int.TryParse(record.Substring(start, end - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException("A gap record is malformed: the generated catalog does not match this GapModel.dll.");
        }

        return value;
    }
}
