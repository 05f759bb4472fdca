using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>A range of the document that Markdig read on its own (<see cref="MarkdownParts"/>), or could not.</summary>
internal readonly struct MarkdownPart
{
    public MarkdownPart(int start, int length, string text, MarkdownDocument? document, string? failure)
    {
        Start = start;
        Length = length;
        Text = text;
        Document = document;
        Failure = failure;
    }

    /// <summary>Where the part starts in the document: Markdig's offsets in <see cref="Document"/> count from here.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>The string Markdig parsed: the document itself when the part is all of it. Empty when unread.</summary>
    public string Text { get; }

    /// <summary>Markdig's blocks of the part; <see langword="null"/> when it could not be read.</summary>
    public MarkdownDocument? Document { get; }

    /// <summary>Why the part could not be read (Markdig's exception message, or the line nested too deep).</summary>
    public string? Failure { get; }
}
