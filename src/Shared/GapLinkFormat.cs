using System.Globalization;
using System.Text;

namespace GapModel.Shared;

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

    /// <summary>Reads one line; false for a line not understood (readers skip it, and any field they do not know).</summary>
    public static bool TryParse(string line, out bool validates, out string gapId, out int criterion, out string symbol, out string path, out int lineNumber, out string? pin)
    {
        var fields = line.Split('\t');
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Unescape(fields[i]);
        }

        validates = fields[0] == "V";
        var at = validates ? 4 : 3;
        gapId = symbol = path = string.Empty;
        criterion = lineNumber = 0;
        pin = null;
        if (!(fields[0] == "A" && fields.Length >= 3) && !(validates && fields.Length >= 4 && int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out criterion)))
        {
            return false;
        }

        gapId = fields[1];
        symbol = fields[at - 1];
        path = fields.Length > at ? fields[at] : string.Empty;
        lineNumber = fields.Length > at + 1 && int.TryParse(fields[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        pin = fields.Length > at + 2 && fields[at + 2].Length > 0 ? fields[at + 2] : null;
        return true;
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
