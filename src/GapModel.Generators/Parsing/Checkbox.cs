namespace GapModel.Generators.Parsing;

/// <summary>A task-list box at the start of a list item's paragraph: <c>[ ]</c>, <c>[x]</c> or <c>[X]</c>, then whitespace or the end.</summary>
internal static class Checkbox
{
    /// <summary>Whether a box starts <paramref name="text"/> at <paramref name="start"/>; if so whether it is ticked.</summary>
    public static bool TryRead(string text, int start, out bool isDone)
    {
        isDone = false;
        if (start < 0 || start + 3 > text.Length
            || text[start] != '[' || text[start + 2] != ']' || text[start + 1] is not (' ' or 'x' or 'X'))
        {
            return false;
        }

        if (start + 3 < text.Length && !char.IsWhiteSpace(text[start + 3]))
        {
            return false;
        }

        isDone = text[start + 1] != ' ';
        return true;
    }

    /// <summary>The item's text without its box.</summary>
    public static string Strip(string text)
        => text.Length >= 3 && text[0] == '[' && text[2] == ']' ? text.Substring(3).Trim() : text;
}
