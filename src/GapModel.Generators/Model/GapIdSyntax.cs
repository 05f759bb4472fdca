using System.Collections.Generic;

namespace GapModel.Generators.Model;

/// <summary>
/// The shape of a gap ID: a prefix (<c>GAP</c> unless a team configures others, see <see cref="Parsing.ReadingOptions"/>), a
/// hyphen, and one or more hyphen-separated segments of capital letters and digits.
/// </summary>
internal static class GapIdSyntax
{
    /// <summary>The default prefix with its hyphen.</summary>
    public const string Prefix = "GAP-";

    /// <summary>The default prefix list: <c>GAP-</c> only.</summary>
    public static readonly string[] DefaultPrefixes = { Prefix };

    public static bool IsValid(string? id) => IsValid(id, DefaultPrefixes);

    /// <summary>Whether <paramref name="id"/> is an ID under one of <paramref name="prefixes"/> (each with its trailing hyphen).</summary>
    public static bool IsValid(string? id, IReadOnlyList<string> prefixes)
        => id is not null && TryMatch(id, 0, prefixes, out var end) && end == id.Length;

    /// <summary>Matches an ID at <paramref name="start"/>; <paramref name="end"/> is the index after its last segment.</summary>
    public static bool TryMatch(string text, int start, out int end) => TryMatch(text, start, DefaultPrefixes, out end);

    /// <summary>
    /// Matches an ID with any of <paramref name="prefixes"/> at <paramref name="start"/>, the longest match winning;
    /// <paramref name="end"/> is the index after its last segment.
    /// </summary>
    public static bool TryMatch(string text, int start, IReadOnlyList<string> prefixes, out int end)
    {
        end = start;
        var found = false;
        for (var p = 0; p < prefixes.Count; p++)
        {
            if (TryMatch(text, start, prefixes[p], out var candidate) && (!found || candidate > end))
            {
                end = candidate;
                found = true;
            }
        }

        return found;
    }

    /// <summary>The prefix of <paramref name="prefixes"/> that <paramref name="id"/> starts with, the longest if several do; null if none.</summary>
    public static string? PrefixOf(string id, IReadOnlyList<string> prefixes)
    {
        string? best = null;
        for (var p = 0; p < prefixes.Count; p++)
        {
            var prefix = prefixes[p];
            if (id.Length > prefix.Length && string.CompareOrdinal(id, 0, prefix, 0, prefix.Length) == 0 && (best is null || prefix.Length > best.Length))
            {
                best = prefix;
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="prefix"/> (without its hyphen) is usable: segments of capitals and digits, starting with a letter.</summary>
    public static bool IsValidPrefix(string prefix)
        => prefix.Length > 0 && prefix[0] is >= 'A' and <= 'Z' && TryMatch(prefix + "-" + "X", 0, string.Empty, out var end) && end == prefix.Length + 2;

    private static bool TryMatch(string text, int start, string prefix, out int end)
    {
        end = start;
        if (start < 0 || string.CompareOrdinal(text, start, prefix, 0, prefix.Length) != 0)
        {
            return false;
        }

        var i = start + prefix.Length;
        var lastSegmentEnd = -1;
        while (true)
        {
            var segmentStart = i;
            while (i < text.Length && IsSegmentChar(text[i]))
            {
                i++;
            }

            if (i == segmentStart)
            {
                break;
            }

            lastSegmentEnd = i;
            if (i < text.Length && text[i] == '-')
            {
                i++;
                continue;
            }

            break;
        }

        if (lastSegmentEnd < 0)
        {
            return false;
        }

        end = lastSegmentEnd;
        return true;
    }

    private static bool IsSegmentChar(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
