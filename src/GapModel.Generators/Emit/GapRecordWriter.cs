using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using GapModel.Generators.Generation;
using GapModel.Generators.Model;
using GapModel.Shared;

namespace GapModel.Generators.Emit;

/// <summary>
/// Encodes the catalog's gaps as the records <c>GapModel.GapRecordReader.ReadShared</c> decodes (see its remarks for
/// the format): one string literal per gap, each piece of text carried once. A string used by more than one gap (or
/// twice by one: a status text that is also the Status field's value) is written the first time and referred to by
/// its index in a table after that; a field whose value is the systems affected joined by ", " (Systems Affected) or
/// the type, priority and scope texts joined by " | " (Classification) is written as that join; numbers are base-32
/// digits that need no separator.
/// </summary>
internal static class GapRecordWriter
{
    private const int Empty = 0;
    private const int Once = 1;
    private const int Shared = 2;
    private const int JoinedSystems = 3;
    private const int JoinedClassification = 4;
    private const int TableBase = 5;

    [MethodImpl(Optimized.Always)]
    public static List<string> Write(EquatableArray<CatalogGap> gaps)
    {
        // First pass: how often each string occurs. Only strings that occur more than once enter the table.
        var strings = new Dictionary<string, TableEntry>(System.StringComparer.Ordinal);
        foreach (var entry in gaps)
        {
            foreach (var value in Strings(entry))
            {
                if (value.Length == 0)
                {
                    continue;
                }

                if (strings.TryGetValue(value, out var known))
                {
                    known.Uses++;
                }
                else
                {
                    strings.Add(value, new TableEntry());
                }
            }
        }

        var table = new TableCount();
        var records = new List<string>(gaps.Count);
        var record = new StringBuilder();
        foreach (var entry in gaps)
        {
            record.Clear();
            var writer = new RecordWriter(record, strings, table);
            writer.Write(entry);
            records.Add(record.ToString());
        }

        return records;
    }

    // Every string a record holds, in the order RecordWriter writes them.
    private static IEnumerable<string> Strings(CatalogGap entry)
    {
        var gap = entry.Gap;
        yield return gap.Id;
        yield return gap.Title;
        for (var i = 0; i < GapFieldTable.ClassifiedCount; i++)
        {
            yield return gap[(ClassifiedField)i].Text;
        }

        foreach (var system in gap.SystemsAffected)
        {
            yield return system;
        }

        foreach (var field in gap.Fields)
        {
            yield return field.Name;
            if (Join(gap, field.Value) == 0)
            {
                yield return field.Value;
            }

            foreach (var item in field.Items)
            {
                yield return item.Text;
            }
        }

        yield return entry.SourcePath;
        yield return entry.Fingerprint;
    }

    // The code of a join of the gap's typed texts that equals the value exactly, or 0. Compared in place: every field
    // of every gap is asked, twice.
    private static int Join(GapSpec gap, string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        var systems = gap.SystemsAffected;
        if (systems.Count > 0 && IsJoin(value, GapFieldTable.SystemsSeparator, systems.Count, i => systems[i]))
        {
            return JoinedSystems;
        }

        var parts = GapFieldTable.ClassificationParts;
        return IsJoin(value, GapFieldTable.ClassificationSeparator, parts.Length, i => gap[parts[i]].Text) ? JoinedClassification : 0;
    }

    private static bool IsJoin(string value, string separator, int count, System.Func<int, string> part)
    {
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                if (value.Length - at < separator.Length || string.CompareOrdinal(value, at, separator, 0, separator.Length) != 0)
                {
                    return false;
                }

                at += separator.Length;
            }

            var text = part(i);
            if (value.Length - at < text.Length || string.CompareOrdinal(value, at, text, 0, text.Length) != 0)
            {
                return false;
            }

            at += text.Length;
        }

        return at == value.Length;
    }

    /// <summary>A string of the catalog: how often it occurs and, once written, its index in the shared table (-1 before).</summary>
    private sealed class TableEntry
    {
        public int Uses = 1;
        public int Index = -1;
    }

    private sealed class TableCount
    {
        public int Count;
    }

    private readonly struct RecordWriter
    {
        private readonly StringBuilder _record;
        private readonly Dictionary<string, TableEntry> _strings;
        private readonly TableCount _table;

        public RecordWriter(StringBuilder record, Dictionary<string, TableEntry> strings, TableCount table)
        {
            _record = record;
            _strings = strings;
            _table = table;
        }

        [MethodImpl(Optimized.Always)]
        public void Write(CatalogGap entry)
        {
            var gap = entry.Gap;
            String(gap.Id);
            var line = gap.Position.DisplayLine;
            Signed(line);
            String(gap.Title);
            for (var i = 0; i < GapFieldTable.ClassifiedCount; i++)
            {
                var classified = gap[(ClassifiedField)i];
                Number((uint)classified.Kind);
                String(classified.Text);
            }

            Number((uint)gap.SystemsAffected.Count);
            foreach (var system in gap.SystemsAffected)
            {
                String(system);
            }

            Number((uint)gap.Fields.Count);
            foreach (var field in gap.Fields)
            {
                String(field.Name);
                var join = Join(gap, field.Value);
                if (join != 0)
                {
                    Number((ulong)join);
                }
                else
                {
                    String(field.Value);
                }

                Signed(unchecked(field.Position.DisplayLine - line));
                line = field.Position.DisplayLine;
                Number((uint)field.Items.Count);
                foreach (var item in field.Items)
                {
                    String(item.Text);
                    Number(((ulong)Zigzag(unchecked(item.Position.DisplayLine - line)) << 1) | (item.IsDone ? 1UL : 0UL));
                    line = item.Position.DisplayLine;
                }
            }

            String(entry.SourcePath);
            String(entry.Fingerprint);
        }

        private void String(string value)
        {
            if (value.Length == 0)
            {
                Number((ulong)Empty);
                return;
            }

            var entry = _strings[value];
            if (entry.Index >= 0)
            {
                Number((ulong)(TableBase + entry.Index));
                return;
            }

            var shared = entry.Uses > 1;
            Number(shared ? (ulong)Shared : Once);
            Number((ulong)value.Length);
            _record.Append(value);
            if (shared)
            {
                entry.Index = _table.Count++;
            }
        }

        private void Signed(int value) => Number(Zigzag(value));

        private static uint Zigzag(int value) => unchecked((uint)((value << 1) ^ (value >> 31)));

        // Base 32, most significant digit first: '#'..'B' for every digit but the last, ']'..'|' for the last.
        [MethodImpl(Optimized.Always)]
        private void Number(ulong value)
        {
            var digits = 1;
            for (var rest = value >> 5; rest != 0; rest >>= 5)
            {
                digits++;
            }

            for (var d = digits - 1; d > 0; d--)
            {
                _record.Append((char)('#' + (int)((value >> (5 * d)) & 31)));
            }

            _record.Append((char)(']' + (int)(value & 31)));
        }
    }
}
