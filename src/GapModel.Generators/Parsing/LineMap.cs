using System;
using System.Runtime.CompilerServices;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Turns character offsets into 0-based lines and columns, breaking lines where Roslyn's SourceText does
/// (CR, LF, CRLF, U+0085, U+2028, U+2029), so positions agree with the compiler's and the editor's.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        // Two passes, counting then filling, so a long document builds no growing list.
        var count = 1;
        ForEachLineStart(text, _ => count++);
        _lineStarts = new int[count];
        var next = 1;
        ForEachLineStart(text, start => _lineStarts[next++] = start);
    }

    [MethodImpl(Optimized.Always)]
    private static void ForEachLineStart(string text, Action<int> lineStart)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lineStart(i + 1);
            }
            else if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                lineStart(i + 1);
            }
        }
    }

    public (int Line, int Column) GetPosition(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        line = Math.Max(0, line);
        return (line, offset - _lineStarts[line]);
    }
}
