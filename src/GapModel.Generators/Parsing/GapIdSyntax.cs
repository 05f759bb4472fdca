namespace GapModel.Generators.Parsing;

/// <summary>The shape of a gap ID: <c>GAP-</c> and one or more hyphen-separated segments of capital letters and digits.</summary>
internal static class GapIdSyntax
{
    public const string Prefix = "GAP-";

    public static bool IsValid(string? id) => id is not null && TryMatch(id, 0, out var end) && end == id.Length;

    /// <summary>Matches an ID at <paramref name="start"/>; <paramref name="end"/> is the index after its last segment.</summary>
    public static bool TryMatch(string text, int start, out int end)
    {
        end = start;
        if (start < 0 || string.CompareOrdinal(text, start, Prefix, 0, Prefix.Length) != 0)
        {
            return false;
        }

        var i = start + Prefix.Length;
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
