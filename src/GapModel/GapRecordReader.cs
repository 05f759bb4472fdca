using System;
using System.ComponentModel;
using System.Globalization;
using GapModel.Shared;

namespace GapModel;

/// <summary>
/// Decodes the records the generated <c>GapCatalog</c> is built from. Generated code keeps each gap as one string
/// literal rather than nested object creation: thousands of literals compile in a fraction of the time. Called by
/// generated code only; the format belongs to the package version that wrote it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ReadShared"/> (what the generator writes): each piece of text is carried once. A number is written in
/// base 32, most significant digit first: digits before the last are the characters <c>#</c> (U+0023) to <c>B</c>
/// (U+0042), the last digit is one of <c>]</c> (U+005D) to <c>|</c> (U+007C), so no number needs a separator or an
/// escape. A signed number is zigzag-encoded (0, -1, 1, -2, ... as 0, 1, 2, 3, ...). A string is a number:
/// 0 the empty string; 1 a string used once in the catalog, followed by its length in UTF-16 code units and its
/// characters; 2 the same, and the string is appended to the table shared by all records of the call; 3 (in a field)
/// the record's systems affected joined by <c>", "</c>; 4 (in a field) its type, priority and scope texts joined by
/// <c>" | "</c>; 5 + k the table's string k. A record holds, in order: ID, line (signed), title, the classified fields' kinds and
/// texts (status, priority, type, scope: <c>ClassifiedField</c>'s order), the systems affected (a count, then strings), the fields (a count, then each
/// field's name, value, line as a signed difference from the line before, and its items: a count, then each item's
/// text and twice the signed difference of its line from the line before plus 1 when done), the source path and the
/// fingerprint.
/// </para>
/// <para>
/// <see cref="Read(string[])"/>, the format of earlier versions, is kept for catalogs they generated: a string is its
/// length, <c>:</c>, then its characters; a number is its decimal digits followed by <c>;</c>, in
/// <see cref="GapInfo"/>'s constructor order (the classified fields as in <see cref="ReadShared"/>), lists as a count
/// followed by their items.
/// </para>
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

    /// <summary>Decodes every record of the shared-text format, in order (see the remarks).</summary>
    public static GapInfo[] ReadShared(string[] records)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var table = new System.Collections.Generic.List<string>();
        var gaps = new GapInfo[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            var reader = new SharedRecord(records[i], table);
            gaps[i] = reader.Read();
        }

        return gaps;
    }

    private static GapInfo Read(string record)
    {
        var position = 0;
        var id = ReadString(record, ref position);
        var title = ReadString(record, ref position);
        var kinds = new int[GapFieldTable.ClassifiedCount];
        var texts = new string[GapFieldTable.ClassifiedCount];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = ReadNumber(record, ref position);
            texts[i] = ReadString(record, ref position);
        }

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

        return new GapInfo(id, title, kinds, texts, systems, fields, sourcePath, gapLine, fingerprint);
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

    private struct SharedRecord
    {
        private readonly string _record;
        private readonly System.Collections.Generic.List<string> _table;
        private int _position;
        private string[]? _systems;
        private string? _classification;

        public SharedRecord(string record, System.Collections.Generic.List<string> table)
        {
            _record = record ?? throw new FormatException(Malformed);
            _table = table;
            _position = 0;
            _systems = null;
            _classification = null;
        }

        private const string Malformed = "A gap record is malformed: the generated catalog does not match this GapModel.dll.";

        public GapInfo Read()
        {
            var id = String();
            var gapLine = Signed();
            var title = String();
            var kinds = new int[GapFieldTable.ClassifiedCount];
            var texts = new string[GapFieldTable.ClassifiedCount];
            for (var i = 0; i < kinds.Length; i++)
            {
                kinds[i] = Number();
                texts[i] = String();
            }

            var systems = new string[Number()];
            for (var i = 0; i < systems.Length; i++)
            {
                systems[i] = String();
            }

            _systems = systems;
            var classification = new string[GapFieldTable.ClassificationParts.Length];
            for (var i = 0; i < classification.Length; i++)
            {
                classification[i] = texts[(int)GapFieldTable.ClassificationParts[i]];
            }

            _classification = string.Join(GapFieldTable.ClassificationSeparator, classification);

            var line = gapLine;
            var fields = new GapField[Number()];
            for (var i = 0; i < fields.Length; i++)
            {
                var name = String();
                var value = String();
                line += Signed();
                var fieldLine = line;
                var items = new GapChecklistItem[Number()];
                for (var j = 0; j < items.Length; j++)
                {
                    var text = String();
                    var lineAndDone = Long();
                    line += Unzigzag((uint)(lineAndDone >> 1));
                    items[j] = new GapChecklistItem(text, (lineAndDone & 1) != 0, line);
                }

                fields[i] = new GapField(name, value, fieldLine, items);
            }

            var sourcePath = String();
            var fingerprint = String();
            if (_position != _record.Length)
            {
                throw new FormatException("A gap record has unread data: the generated catalog does not match this GapModel.dll.");
            }

            return new GapInfo(id, title, kinds, texts, systems, fields, sourcePath, gapLine, fingerprint);
        }

        private string String()
        {
            var code = Number();
            switch (code)
            {
                case 0:
                    return string.Empty;
                case 1:
                case 2:
                    var length = Number();
                    if (length < 0 || length > _record.Length - _position)
                    {
                        throw new FormatException(Malformed);
                    }

                    var value = _record.Substring(_position, length);
                    _position += length;
                    if (code == 2)
                    {
                        _table.Add(value);
                    }

                    return value;
                case 3:
                    return _systems is null ? throw new FormatException(Malformed) : string.Join(GapFieldTable.SystemsSeparator, _systems);
                case 4:
                    return _classification ?? throw new FormatException(Malformed);
                default:
                    var index = code - 5;
                    if (index < 0 || index >= _table.Count)
                    {
                        throw new FormatException(Malformed);
                    }

                    return _table[index];
            }
        }

        private int Signed() => Unzigzag((uint)Long());

        private static int Unzigzag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

        private int Number()
        {
            var value = Long();
            if (value > int.MaxValue)
            {
                throw new FormatException(Malformed);
            }

            return (int)value;
        }

        private long Long()
        {
            long value = 0;
            while (true)
            {
                if (_position >= _record.Length)
                {
                    throw new FormatException(Malformed);
                }

                var c = _record[_position++];
                if (c >= ']' && c <= '|')
                {
                    return (value << 5) | (long)(c - ']');
                }

                if (c < '#' || c > 'B' || value > 0x3FFFFFFF)
                {
                    throw new FormatException(Malformed);
                }

                value = (value << 5) | (long)(c - '#');
            }
        }
    }
}
