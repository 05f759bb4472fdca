using System.Globalization;
using System.Runtime.CompilerServices;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Markdig's Unicode whitespace: tab, line feed, form feed, carriage return and the space separators. What decides
/// whether an emphasis run can open or close, and whether the rest of a closing fence line is blank.
/// </summary>
internal static class MarkdownWhitespace
{
    public static bool IsWhitespace(char c)
        => c < '\u00A0' ? c is ' ' or '\t' or '\n' or '\f' or '\r' : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    /// <summary>Whether <paramref name="text"/> holds only whitespace from <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    [MethodImpl(Optimized.Always)]
    public static bool IsBlank(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!IsWhitespace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
