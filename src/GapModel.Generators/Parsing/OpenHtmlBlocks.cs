using System;
using System.Runtime.CompilerServices;

namespace GapModel.Generators.Parsing;

/// <summary>
/// The HTML blocks that may be open at a line of a scan that does not parse them (<see cref="NestingGuard"/>), told by
/// what may end them: Markdig's kinds 1-5 end at a marker, told as Markdig tells them (a kind taken for another could
/// end early), and the rest at a blank line.
/// </summary>
internal struct OpenHtmlBlocks
{
    private End _open;

    [Flags]
    private enum End
    {
        None = 0,
        BlankLine = 1,
        Comment = 2,
        Instruction = 4,
        CData = 8,
        Declaration = 16,
        RawText = 32,
    }

    public readonly bool Any => _open != End.None;

    /// <summary>Adds the block a line starting with <c>&lt;</c> at <paramref name="first"/> may open.</summary>
    public void StartAt(string text, int first, int lineEnd) => _open |= StartedBy(text, first, lineEnd);

    /// <summary>Removes the blocks this line ends (Markdig looks for their end on the opening line too).</summary>
    public void EndAt(string text, int lineStart, int lineEnd, bool blank) => _open &= ~Ended(_open, text, lineStart, lineEnd, blank);

    [MethodImpl(Optimized.Always)]
    private static End StartedBy(string text, int first, int lineEnd)
    {
        if (StartsWith(text, first, lineEnd, "<!--"))
        {
            return End.Comment;
        }

        if (StartsWith(text, first, lineEnd, "<?"))
        {
            return End.Instruction;
        }

        if (StartsWith(text, first, lineEnd, "<![CDATA["))
        {
            return End.CData;
        }

        // Markdig wants an upper-case letter; taking any letter only withholds trust from a later fence.
        if (first + 2 < lineEnd && text[first + 1] == '!' && text[first + 2] is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
        {
            return End.Declaration;
        }

        var name = first + 1;
        while (name < lineEnd && name - first <= 10 && text[name] is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
        {
            name++;
        }

        var tag = text.Substring(first + 1, name - first - 1).ToLowerInvariant();
        return tag is "script" or "pre" or "style" or "textarea" && (name == lineEnd || text[name] is '>' or '\0' || char.IsWhiteSpace(text[name]))
            ? End.RawText
            : End.BlankLine;
    }

    private static End Ended(End open, string text, int lineStart, int lineEnd, bool blank)
    {
        var ended = blank ? End.BlankLine : End.None;
        if ((open & End.Comment) != 0 && Contains(text, lineStart, lineEnd, "-->"))
        {
            ended |= End.Comment;
        }

        if ((open & End.Instruction) != 0 && Contains(text, lineStart, lineEnd, "?>"))
        {
            ended |= End.Instruction;
        }

        if ((open & End.CData) != 0 && Contains(text, lineStart, lineEnd, "]]>"))
        {
            ended |= End.CData;
        }

        if ((open & End.Declaration) != 0 && Contains(text, lineStart, lineEnd, ">"))
        {
            ended |= End.Declaration;
        }

        if ((open & End.RawText) != 0
            && (Contains(text, lineStart, lineEnd, "</script>") || Contains(text, lineStart, lineEnd, "</pre>") || Contains(text, lineStart, lineEnd, "</style>") || Contains(text, lineStart, lineEnd, "</textarea>")))
        {
            ended |= End.RawText;
        }

        return ended;
    }

    private static bool StartsWith(string text, int first, int lineEnd, string value)
        => lineEnd - first >= value.Length && string.CompareOrdinal(text, first, value, 0, value.Length) == 0;

    private static bool Contains(string text, int lineStart, int lineEnd, string value)
        => text.IndexOf(value, lineStart, lineEnd - lineStart, StringComparison.OrdinalIgnoreCase) >= 0;
}
