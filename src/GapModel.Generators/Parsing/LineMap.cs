using System;
using System.Collections.Generic;

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
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
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
