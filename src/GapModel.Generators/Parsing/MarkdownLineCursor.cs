using System.Runtime.CompilerServices;
namespace GapModel.Generators.Parsing;

/// <summary>
/// Walks the lines of a range of the text as Markdig breaks them (LF, CR or CRLF), with their indentation, and follows
/// fenced code. Whether a line that can open a fence does is the caller's call (<see cref="FenceOpening"/>,
/// <see cref="OpenFence"/>): it may know that the line belongs to a block this cursor does not follow.
/// </summary>
internal struct MarkdownLineCursor
{
    /// <summary>Where <see cref="FenceRules.Loose"/> stops counting a run.</summary>
    private const int LooseRunLimit = 1000;

    private static readonly char[] LineBreaks = { '\n', '\r' };

    private readonly string _text;
    private readonly int _end;
    private readonly FenceRules _rules;
    private int _next;
    private char _fenceChar;
    private int _fenceLength;

    public MarkdownLineCursor(string text, int start, int length, FenceRules rules)
    {
        _text = text;
        _end = start + length;
        _rules = rules;
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

    [MethodImpl(Optimized.Always)]
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
        if (IsInFence && ClosesFence())
        {
            _fenceLength = 0;
        }

        return true;
    }

    /// <summary>The length of the fence this line can open, or 0 (see <see cref="FenceRules"/>).</summary>
    public readonly int FenceOpening()
    {
        if (IsInFence || IsBlank || _text[First] is not ('`' or '~'))
        {
            return 0;
        }

        if (_rules == FenceRules.Loose)
        {
            return Run(_text[First], LooseRunLimit) is var loose && loose >= 3 ? loose : 0;
        }

        var run = Run(_text[First]);
        return Indent <= 3 && run >= 3 && !(_text[First] == '`' && _text.IndexOf('`', First + run, LineEnd - First - run) >= 0) ? run : 0;
    }

    /// <summary>Opens the fence of <see cref="FenceOpening"/> at this line: the lines after it are code up to its closing line.</summary>
    public void OpenFence(int length)
    {
        _fenceChar = _text[First];
        _fenceLength = length;
    }

    private readonly bool ClosesFence()
    {
        if (_rules == FenceRules.Loose)
        {
            var loose = Run(_fenceChar, LooseRunLimit);
            if (loose < _fenceLength)
            {
                return false;
            }

            for (var i = First + loose; i < LineEnd; i++)
            {
                if (!char.IsWhiteSpace(_text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return Indent <= 3 && Run(_fenceChar) is var run && run >= _fenceLength && MarkdownWhitespace.IsBlank(_text, First + run, LineEnd);
    }

    /// <summary>How many <paramref name="c"/> the line holds from <see cref="First"/> on, counted up to <paramref name="limit"/>.</summary>
    private readonly int Run(char c, int limit = int.MaxValue)
    {
        var i = First;
        while (i < LineEnd && i - First < limit && _text[i] == c)
        {
            i++;
        }

        return i - First;
    }
}

/// <summary>What opens and closes a fence for a <see cref="MarkdownLineCursor"/>.</summary>
internal enum FenceRules
{
    /// <summary>
    /// As Markdig reads a fence at the top level: a run of three or more backticks or tildes indented at most three
    /// columns opens (not a backtick run with a backtick after it on the line: code span text); a run of its
    /// character at least as long, indented at most three columns and followed only by whitespace, closes.
    /// </summary>
    Markdig,

    /// <summary>
    /// The section splitter's reading, unchanged: any indentation (a cut inside a fence nested in a list item would
    /// read its code as Markdown), no info-string rule, runs counted up to 1,000, a closing line's tail blank by
    /// <see cref="char.IsWhiteSpace(char)"/>. Only the indentation has a reason; the rest is kept so that a document
    /// Markdig cannot read is recovered in the same parts as before.
    /// </summary>
    Loose,
}
