namespace GapModel.Generators.Parsing;

/// <summary>
/// Walks the lines of a range of the text as Markdig breaks them (LF, CR or CRLF), with their indentation, and follows
/// fenced code as Markdig reads it at the top level of a document.
/// </summary>
/// <remarks>
/// A fence opens on a run of three or more backticks or tildes indented at most three columns (not a backtick run with
/// a backtick after it on the line: that is code span text) and closes on a run of its character at least as long,
/// indented at most three columns and followed only by whitespace. Whether a line that can open a fence does is the
/// caller's call (<see cref="FenceOpening"/>, <see cref="OpenFence"/>): it may know that the line belongs to a block
/// this cursor does not follow.
/// </remarks>
internal struct MarkdownLineCursor
{
    private static readonly char[] LineBreaks = { '\n', '\r' };

    private readonly string _text;
    private readonly int _end;
    private int _next;
    private char _fenceChar;
    private int _fenceLength;

    public MarkdownLineCursor(string text, int start, int length)
    {
        _text = text;
        _end = start + length;
        _next = start;
        _fenceChar = '\0';
        _fenceLength = 0;
        LineStart = LineEnd = First = start;
        Indent = 0;
        IsInFence = false;
    }

    public int LineStart { get; private set; }

    /// <summary>The end of the line, at its line break or the end of the range.</summary>
    public int LineEnd { get; private set; }

    /// <summary>The first character after the line's spaces and tabs; <see cref="LineEnd"/> on a blank line.</summary>
    public int First { get; private set; }

    /// <summary>The columns of the spaces and tabs before <see cref="First"/>, a tab reaching the next multiple of four.</summary>
    public int Indent { get; private set; }

    public readonly bool IsBlank => First == LineEnd;

    /// <summary>Whether the line is code of an open fence: a line after its opening one, up to and with its closing one.</summary>
    public bool IsInFence { get; private set; }

    public bool MoveNext()
    {
        if (_next >= _end)
        {
            return false;
        }

        LineStart = _next;

        // IndexOfAny is vectorised: the nesting guard walks every document before Markdig does.
        var lineEnd = _text.IndexOfAny(LineBreaks, LineStart, _end - LineStart);
        LineEnd = lineEnd < 0 ? _end : lineEnd;
        var first = LineStart;
        var indent = 0;
        while (first < LineEnd && _text[first] is ' ' or '\t')
        {
            indent = _text[first] == '\t' ? (indent + 4) & ~3 : indent + 1;
            first++;
        }

        First = first;
        Indent = indent;
        _next = LineEnd + (LineEnd + 1 < _end && _text[LineEnd] == '\r' && _text[LineEnd + 1] == '\n' ? 2 : 1);
        IsInFence = _fenceLength > 0;
        if (IsInFence && Indent <= 3 && Run(_fenceChar) is var run && run >= _fenceLength && MarkdownWhitespace.IsBlank(_text, First + run, LineEnd))
        {
            _fenceLength = 0;
        }

        return true;
    }

    /// <summary>The length of the fence this line can open, or 0 (see the remarks).</summary>
    public readonly int FenceOpening()
    {
        if (IsInFence || IsBlank || Indent > 3 || _text[First] is not ('`' or '~'))
        {
            return 0;
        }

        var run = Run(_text[First]);
        return run >= 3 && !(_text[First] == '`' && _text.IndexOf('`', First + run, LineEnd - First - run) >= 0) ? run : 0;
    }

    /// <summary>Opens the fence of <see cref="FenceOpening"/> at this line: the lines after it are code up to its closing line.</summary>
    public void OpenFence(int length)
    {
        _fenceChar = _text[First];
        _fenceLength = length;
    }

    /// <summary>How many <paramref name="c"/> the line holds from <see cref="First"/> on.</summary>
    private readonly int Run(char c)
    {
        var i = First;
        while (i < LineEnd && _text[i] == c)
        {
            i++;
        }

        return i - First;
    }
}
