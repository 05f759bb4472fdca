using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GapModel.Shared;

/// <summary>
/// One link as an assembly records it: <c>[AddressesGap]</c> or <c>[ValidatesGap]</c> (with its criterion), the symbol,
/// where it is written and its pin. A class with a constructor, not a record: the runtime library has no init accessors.
/// </summary>
internal sealed class GapLinkRecord
{
    public GapLinkRecord(bool validates, string gapId, int criterion, string symbol, string path, int line, string? pin)
    {
        Validates = validates;
        GapId = gapId;
        Criterion = criterion;
        Symbol = symbol;
        Path = path;
        Line = line;
        Pin = pin;
    }

    public bool Validates { get; }

    public string GapId { get; }

    public int Criterion { get; }

    public string Symbol { get; }

    public string Path { get; }

    public int Line { get; }

    public string? Pin { get; }
}

/// <summary>
/// The one definition of a line of the <c>[assembly: GapModel.GapLinks("…")]</c> record (documented on
/// <c>GapLinksAttribute</c>): written by the generator, read by the coverage analyzer and the report writer. Compiled
/// into each of them and into the runtime, whose <c>GapLinkIndex</c> answers <c>GapCatalog.AddressedBy</c> from it
/// (a linked source file), since they run in different hosts.
/// </summary>
internal static class GapLinkFormat
{
    private static readonly char[] Escaped = { '\\', '\t', '\n', '\r' };

    /// <summary>One link: <c>A|V</c>, the ID, the criterion (V only), the symbol, then where it is written and its pin.</summary>
    public static void Append(StringBuilder text, bool validates, string gapId, int criterion, string symbol, string path, int line, string? pin)
    {
        text.Append(validates ? "V\t" : "A\t").Append(Field(gapId)).Append('\t');
        if (validates)
        {
            text.Append(criterion.ToString(CultureInfo.InvariantCulture)).Append('\t');
        }

        text.Append(Field(symbol)).Append('\t').Append(Field(path)).Append('\t').Append(line.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Field(pin ?? string.Empty));
    }

    /// <summary>The links of one record, a line each; a line not understood is skipped (and any field a reader does not know).</summary>
    public static IEnumerable<GapLinkRecord> Read(string links)
    {
        foreach (var line in links.Split('\n'))
        {
            if (Parse(line) is { } link)
            {
                yield return link;
            }
        }
    }

    private static GapLinkRecord? Parse(string line)
    {
        var fields = line.Split('\t');
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Unescape(fields[i]);
        }

        var validates = fields[0] == "V";
        var at = validates ? 4 : 3;
        var criterion = 0;
        if (!(fields[0] == "A" && fields.Length >= 3) && !(validates && fields.Length >= 4 && int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out criterion)))
        {
            return null;
        }

        return new GapLinkRecord(
            validates,
            fields[1],
            criterion,
            fields[at - 1],
            fields.Length > at ? fields[at] : string.Empty,
            fields.Length > at + 1 && int.TryParse(fields[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0,
            fields.Length > at + 2 && fields[at + 2].Length > 0 ? fields[at + 2] : null);
    }

    // A field keeps any text: '\\', tab, line feed and carriage return are escaped as \\, \t, \n and \r.
    private static string Field(string value)
    {
        if (value.IndexOfAny(Escaped) < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append("\\\\"),
                '\t' => text.Append("\\t"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c == '\\' && i + 1 < field.Length)
            {
                c = field[++i] switch
                {
                    't' => '\t',
                    'n' => '\n',
                    'r' => '\r',
                    var other => other,
                };
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
