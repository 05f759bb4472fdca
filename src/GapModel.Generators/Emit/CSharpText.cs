using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace GapModel.Generators.Emit;

/// <summary>Escaping for everything taken from a gap document into generated C#: string literals and XML doc text.</summary>
internal static class CSharpText
{
    /// <summary>A regular string literal that round-trips any string, lone surrogates and line separators included.</summary>
    public static string Literal(string value)
    {
        var clean = CleanLength(value, literal: true);
        return clean == value.Length ? "\"" + value + "\"" : AppendLiteral(new StringBuilder(value.Length + 16), value).ToString();
    }

    /// <summary>Appends <see cref="Literal"/>'s text to <paramref name="builder"/>.</summary>
    [MethodImpl(Optimized.Always)]
    public static StringBuilder AppendLiteral(StringBuilder builder, string value)
    {
        // Most text needs no escape: copied in one piece up to the first character that does.
        var clean = CleanLength(value, literal: true);
        builder.Append('"').Append(value, 0, clean);
        for (var i = clean; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsUnicodeEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"');
    }

    /// <summary>
    /// Text for a single line of an XML doc comment: markup escaped, line breaks (C# counts U+0085, U+2028 and
    /// U+2029 too) folded to spaces, and characters XML forbids replaced, so the comment stays well formed.
    /// </summary>
    public static string XmlDoc(string value)
        => CleanLength(value, literal: false) == value.Length ? value : AppendXmlDoc(new StringBuilder(value.Length + 16), value).ToString();

    /// <summary>Appends <see cref="XmlDoc"/>'s text to <paramref name="builder"/>.</summary>
    [MethodImpl(Optimized.Always)]
    public static StringBuilder AppendXmlDoc(StringBuilder builder, string value)
    {
        var clean = CleanLength(value, literal: false);
        builder.Append(value, 0, clean);
        for (var i = clean; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t': builder.Append(' '); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c) || c < ' ' || c is '\uFFFE' or '\uFFFF' || (c >= '\u007F' && c <= '\u009F'))
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }

    /// <summary>Text for a <c>//</c> comment: every character C# reads as a line break folded to a space.</summary>
    public static string Comment(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString();
    }

    // How many leading characters need no change.
    [MethodImpl(Optimized.Always)]
    private static int CleanLength(string value, bool literal)
    {
        var clean = 0;
        while (clean < value.Length && !(literal ? NeedsLiteralEscape(value[clean]) : NeedsXmlDocChange(value[clean])))
        {
            clean++;
        }

        return clean;
    }

    // Characters Literal copies as they are (a surrogate is checked for its pair on the slow path).
    private static bool NeedsLiteralEscape(char c)
        => c is '"' or '\\' || char.IsSurrogate(c) || NeedsUnicodeEscape(c);

    // Characters XmlDoc copies as they are: printable, no markup, no line break.
    private static bool NeedsXmlDocChange(char c)
        => c < ' ' || c is '&' or '<' or '>' or '\u0085' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c);

    private static bool NeedsUnicodeEscape(char c)
        => c < ' '
        || (c >= '\u007F' && c <= '\u009F')
        || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || char.IsSurrogate(c);
}
