using System;
using System.Collections.Generic;
using System.Linq;

namespace GapModel.Generators.Analysis;

/// <summary>
/// The did-you-mean of GM0001. Tried in order, the first kind of likeness that finds exactly one known ID wins:
/// the same ID written in another case or with '_' or spaces for '-'; the same ID with look-alike characters
/// (l or I for 1, O for 0: 'GAP-AUTH-00l' is one edit from both 001 and 002); one hyphen-separated segment missing,
/// extra, or two segments swapped; a few typed characters off (edit distance with transpositions). When two
/// known IDs are equally close nothing is suggested: a wrong guess that a code fix would apply is worse than none.
/// </summary>
internal static class GapIdSuggester
{
    public static string? Suggest(string? typed, IEnumerable<string> known)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var candidates = known.ToList();
        var normal = Normalise(typed!);
        var lookAlike = FoldLookAlikes(normal);
        return Unique(candidates.Where(c => c != typed && Normalise(c) == normal))
            ?? Unique(candidates.Where(c => c != typed && FoldLookAlikes(Normalise(c)) == lookAlike))
            ?? Unique(candidates.Where(c => SegmentsClose(Segments(normal), Segments(Normalise(c)))))
            ?? Closest(normal, candidates);
    }

    private static string Normalise(string id) => id.Trim().ToUpperInvariant().Replace('_', '-').Replace(' ', '-');

    private static string FoldLookAlikes(string normalised) => normalised.Replace('L', '1').Replace('I', '1').Replace('O', '0');

    private static string[] Segments(string id) => id.Split('-');

    private static bool SegmentsClose(string[] typed, string[] known)
    {
        if (typed.Length == known.Length - 1)
        {
            return WithOneRemoved(known, typed);
        }

        if (typed.Length == known.Length + 1)
        {
            return WithOneRemoved(typed, known);
        }

        if (typed.Length != known.Length)
        {
            return false;
        }

        var differing = Enumerable.Range(0, typed.Length).Where(i => typed[i] != known[i]).ToList();
        return differing.Count == 2 && typed[differing[0]] == known[differing[1]] && typed[differing[1]] == known[differing[0]];
    }

    private static bool WithOneRemoved(string[] longer, string[] shorter)
    {
        for (var skip = 1; skip < longer.Length; skip++)
        {
            if (longer.Where((_, i) => i != skip).SequenceEqual(shorter))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Closest(string typed, List<string> candidates)
    {
        // Up to one edit per six characters, at most three: GAP-AUTH-001 may be two edits off.
        var limit = Math.Max(1, Math.Min(3, typed.Length / 6));
        var best = limit + 1;
        var found = new List<string>();
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - typed.Length) > limit)
            {
                continue;
            }

            var distance = Distance(typed, Normalise(candidate), best);
            if (distance < best)
            {
                best = distance;
                found.Clear();
            }

            if (distance == best)
            {
                found.Add(candidate);
            }
        }

        return best <= limit ? Unique(found) : null;
    }

    private static string? Unique(IEnumerable<string> matches)
    {
        var distinct = matches.Distinct(StringComparer.Ordinal).Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions); stops early past <paramref name="cutoff"/>.</summary>
    private static int Distance(string a, string b, int cutoff)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > cutoff)
            {
                return cutoff + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
