using System.Collections.Generic;
using System.Runtime.CompilerServices;
using GapModel.Generators.Model;

namespace GapModel.Generators.Parsing;

/// <summary>What a heading's or bold line's text is to the reader (<see cref="EntryTitle"/>).</summary>
internal enum TitleShape
{
    /// <summary>Not an ID at the start.</summary>
    None,

    /// <summary>An ID, a separator and the title: an entry.</summary>
    Entry,

    /// <summary>An ID at the start but no separator after it (<c>GAP-020 use cases</c>): no entry.</summary>
    IdWithoutSeparator,
}

/// <summary>
/// The line that starts an entry: <c>GAP-ID: Title</c>, <c>GAP-ID — Title</c>, <c>GAP-ID – Title</c> or
/// <c>GAP-ID - Title</c>, the ID then a colon right after it or a dash (em, en or hyphen) with whitespace on both
/// sides, and the rest as the title.
/// </summary>
internal static class EntryTitle
{
    [MethodImpl(Optimized.Always)]
    public static TitleShape Read(string text, IReadOnlyList<string> idPrefixes, out string id, out string title)
    {
        id = title = string.Empty;
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (!GapIdSyntax.TryMatch(text, start, idPrefixes, out var end))
        {
            return TitleShape.None;
        }

        id = text.Substring(start, end - start);
        var titleStart = SeparatorEnd(text, end);
        if (titleStart < 0)
        {
            return TitleShape.IdWithoutSeparator;
        }

        title = text.Substring(titleStart).Replace('\n', ' ').Trim();
        return TitleShape.Entry;
    }

    /// <summary>The index after the separator that follows an ID ending at <paramref name="end"/>, or -1.</summary>
    private static int SeparatorEnd(string text, int end)
    {
        if (end < text.Length && text[end] == ':')
        {
            return end + 1;
        }

        var dash = end;
        while (dash < text.Length && text[dash] is ' ' or '\t')
        {
            dash++;
        }

        if (dash == end || dash >= text.Length || text[dash] is not ('\u2014' or '\u2013' or '-'))
        {
            return -1;
        }

        return dash + 1 == text.Length || char.IsWhiteSpace(text[dash + 1]) ? dash + 1 : -1;
    }
}
