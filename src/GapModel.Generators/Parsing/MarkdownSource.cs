using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>The document's text and where the part given to Markdig starts in it.</summary>
internal readonly struct MarkdownSource
{
    public MarkdownSource(string text, int shift)
    {
        Text = text;
        Shift = shift;
    }

    public string Text { get; }

    /// <summary>Added to Markdig's offsets, which count from the start of the part it parsed.</summary>
    public int Shift { get; }

    public int ToOffset(int markdigOffset) => markdigOffset + Shift;

    public string? Slice(SourceSpan span)
    {
        if (span.IsEmpty || span.Start < 0)
        {
            return null;
        }

        var start = span.Start + Shift;
        var length = span.Length;
        return start + length <= Text.Length ? NormalizeLineEnds(Text.Substring(start, length)) : null;
    }

    /// <summary>CRLF and lone CR become LF, so a document reads the same whatever line ends it was checked out with.</summary>
    public static string NormalizeLineEnds(string text)
        => text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
}
