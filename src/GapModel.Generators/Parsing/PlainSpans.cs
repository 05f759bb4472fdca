using System.Runtime.CompilerServices;

namespace GapModel.Generators.Parsing;

/// <summary>
/// The spans a line read from the source (<see cref="SourceLine"/>) may hold, each found only where Markdig's inline
/// parser would read it as this code does: a leading <c>**strong**</c> span, emphasis inside the line, code spans and
/// runs of characters that stay literal. Each method returns the span's end, or -1 where Markdig might read more.
/// </summary>
internal static class PlainSpans
{
    /// <summary>
    /// The end of a <c>**text**</c> span at <paramref name="start"/> whose text is plain, or -1. The opening run
    /// (at a line start, followed by no whitespace) opens; the closing one closes when it follows no whitespace and
    /// comes before whitespace, or after a letter or digit before a colon (<c>**Name**:</c>).
    /// </summary>
    [MethodImpl(Optimized.Always)]
    public static int StrongEnd(string text, int start, int end)
    {
        var first = start + 2;
        if (first >= end || text[start + 1] != '*' || text[first] == '*' || MarkdownWhitespace.IsWhitespace(text[first]))
        {
            return -1;
        }

        var close = first;
        while (close < end && text[close] != '*')
        {
            close = text[close] == '`' ? -1 : InertEnd(text, close, start, end);
            if (close < 0)
            {
                return -1;
            }
        }

        var after = close + 2;
        if (close + 1 >= end || text[close + 1] != '*' || (after < end && text[after] == '*'))
        {
            return -1;
        }

        var before = text[close - 1];
        if (MarkdownWhitespace.IsWhitespace(before))
        {
            return -1;
        }

        return after == end || text[after] is ' ' or '\t' || (text[after] == ':' && IsAsciiLetterOrDigit(before)) ? after : -1;
    }

    /// <summary>
    /// The end of <c>*text*</c> or <c>**text**</c> inside a line, or -1: the opening run after a space or tab and
    /// before a letter or digit (it can only open), the closing run of the same length after a letter or digit and
    /// before a space, tab, the line end or <c>.,;:!?)</c> (it can only close), plain text between them.
    /// </summary>
    [MethodImpl(Optimized.Always)]
    public static int EmphasisEnd(string text, int open, int lineStart, int end, out int length)
    {
        var i = open;
        while (i < end && text[i] == '*')
        {
            i++;
        }

        length = i - open;
        if (length > 2 || open == lineStart || text[open - 1] is not (' ' or '\t') || i >= end || !IsAsciiLetterOrDigit(text[i]))
        {
            return -1;
        }

        var close = i;
        while (close < end && text[close] != '*')
        {
            close = text[close] == '`' ? -1 : InertEnd(text, close, lineStart, end);
            if (close < 0)
            {
                return -1;
            }
        }

        var after = close;
        while (after < end && text[after] == '*')
        {
            after++;
        }

        if (after - close != length || !IsAsciiLetterOrDigit(text[close - 1]))
        {
            return -1;
        }

        return after == end || text[after] is ' ' or '\t' or '.' or ',' or ';' or ':' or '!' or '?' or ')' ? after : -1;
    }

    /// <summary>The end of the code span opened by the backtick run at <paramref name="open"/>, closed on the same line, or -1.</summary>
    [MethodImpl(Optimized.Always)]
    public static int CodeSpanEnd(string text, int open, int end)
    {
        var i = open;
        while (i < end && text[i] == '`')
        {
            i++;
        }

        var length = i - open;
        while (i < end)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            var run = i;
            while (i < end && text[i] == '`')
            {
                i++;
            }

            if (i - run == length)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The end of the character or <c>_</c> run at <paramref name="i"/> if Markdig's inline parsers (as
    /// <see cref="InlineReader"/> registers them) leave it a literal, else -1.
    /// </summary>
    [MethodImpl(Optimized.Always)]
    public static int InertEnd(string text, int i, int lineStart, int end)
    {
        var c = text[i];
        switch (c)
        {
            case '*' or '\\' or '<' or '`':
                return -1;
            case '&':
                // An entity starts with '#' or a letter; anything else after '&' leaves it a literal.
                return i + 1 >= end || !(text[i + 1] == '#' || IsAsciiLetterOrDigit(text[i + 1])) ? i + 1 : -1;
            case '_':
                // Between letters or digits a '_' run can neither open nor close emphasis.
                var runEnd = i;
                while (runEnd < end && text[runEnd] == '_')
                {
                    runEnd++;
                }

                return i > lineStart && IsAsciiLetterOrDigit(text[i - 1]) && runEnd < end && IsAsciiLetterOrDigit(text[runEnd]) ? runEnd : -1;
            default:
                return c >= ' ' || c == '\t' ? i + 1 : -1;
        }
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
