using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GapModel.Shared;

/// <summary>One gap as an assembly records it for the projects that reference it (and for its own report).</summary>
internal sealed record GapDefinitionRecord(
    string Id,
    string Title,
    int Status,
    int Priority,
    string SourcePath,
    int Line,
    int StatusLine,
    string Constant,
    string Fingerprint,
    IReadOnlyList<string> Criteria);

/// <summary>
/// The one definition of the <c>[assembly: GapModel.GapDefinitions("…")]</c> record: every gap of a catalog in one
/// string, which the compiler takes for almost nothing where an attribute per gap cost seconds at thousands of gaps.
/// A string is its length in UTF-16 code units, <c>:</c> and its characters; a number is its digits and <c>;</c>; a
/// list is its count and its items. Written by the generator, read by the analyzer and the report writer (a linked
/// source file in each). A record that does not read to its end is ignored as a whole.
/// </summary>
internal static class GapDefinitionFormat
{
    public static void Append(StringBuilder text, GapDefinitionRecord gap)
    {
        String(text, gap.Id);
        String(text, gap.Title);
        Number(text, gap.Status);
        Number(text, gap.Priority);
        String(text, gap.SourcePath);
        Number(text, gap.Line);
        Number(text, gap.StatusLine);
        String(text, gap.Constant);
        String(text, gap.Fingerprint);
        Number(text, gap.Criteria.Count);
        foreach (var criterion in gap.Criteria)
        {
            String(text, criterion);
        }
    }

    public static IReadOnlyList<GapDefinitionRecord> Read(string text)
    {
        var gaps = new List<GapDefinitionRecord>();
        var at = 0;
        while (at < text.Length)
        {
            if (!TryString(text, ref at, out var id)
                || !TryString(text, ref at, out var title)
                || !TryNumber(text, ref at, out var status)
                || !TryNumber(text, ref at, out var priority)
                || !TryString(text, ref at, out var path)
                || !TryNumber(text, ref at, out var line)
                || !TryNumber(text, ref at, out var statusLine)
                || !TryString(text, ref at, out var constant)
                || !TryString(text, ref at, out var fingerprint)
                || !TryNumber(text, ref at, out var count)
                || count < 0)
            {
                return new List<GapDefinitionRecord>();
            }

            var criteria = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                if (!TryString(text, ref at, out var criterion))
                {
                    return new List<GapDefinitionRecord>();
                }

                criteria.Add(criterion);
            }

            gaps.Add(new GapDefinitionRecord(id, title, status, priority, path, line, statusLine, constant, fingerprint, criteria));
        }

        return gaps;
    }

    private static void String(StringBuilder text, string value)
    {
        value = WithoutLoneSurrogates(value);
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    /// <summary>
    /// Attribute strings are stored as UTF-8, where a lone surrogate becomes one to three U+FFFD: the lengths would no
    /// longer match. Each lone surrogate is written as one U+FFFD instead, the text the reader would see anyway.
    /// </summary>
    public static string WithoutLoneSurrogates(string value)
    {
        StringBuilder? fixedText = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(value[i - 1]));
            if (!paired)
            {
                fixedText ??= new StringBuilder(value, 0, i, value.Length);
                fixedText.Append('\uFFFD');
            }
            else
            {
                fixedText?.Append(c);
            }
        }

        return fixedText?.ToString() ?? value;
    }

    private static void Number(StringBuilder text, int value)
        => text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');

    private static bool TryString(string text, ref int at, out string value)
    {
        value = string.Empty;
        var colon = text.IndexOf(':', at);
        if (colon < 0 || !int.TryParse(text.Substring(at, colon - at), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || length > text.Length - colon - 1)
        {
            return false;
        }

        value = text.Substring(colon + 1, length);
        at = colon + 1 + length;
        return true;
    }

    private static bool TryNumber(string text, ref int at, out int value)
    {
        value = 0;
        var end = text.IndexOf(';', at);
        if (end < 0 || !int.TryParse(text.Substring(at, end - at), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        at = end + 1;
        return true;
    }
}
