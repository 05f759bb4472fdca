using System;

namespace GapModel.Generators.Parsing;

/// <summary>The <c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c> or <c>&lt;br /&gt;</c> tags that end a line of a field: line breaks, not text.</summary>
internal static class BreakTags
{
    /// <summary>The text without the break tags that end it; <paramref name="hadBreak"/> says whether there were any.</summary>
    public static string TrimEnd(string text, out bool hadBreak)
    {
        hadBreak = false;
        while (text.Length >= 4 && text[text.Length - 1] == '>')
        {
            var open = text.LastIndexOf('<');
            if (open < 0 || !IsBreakTag(text, open))
            {
                break;
            }

            text = text.Substring(0, open).TrimEnd();
            hadBreak = true;
        }

        return text;
    }

    private static bool IsBreakTag(string text, int open)
    {
        var tag = text.Substring(open + 1, text.Length - open - 2).Replace(" ", string.Empty);
        return string.Equals(tag, "br", StringComparison.OrdinalIgnoreCase) || string.Equals(tag, "br/", StringComparison.OrdinalIgnoreCase);
    }
}
