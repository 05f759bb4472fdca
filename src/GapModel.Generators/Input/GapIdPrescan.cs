using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Generators.Input;

/// <summary>
/// Whether an ID prefix occurs in a text, read from the <see cref="SourceText"/> chunk by chunk: a file in which none
/// occurs defines no gap, and is never copied into a string (a large file is a chunked text, and <c>ToString()</c>
/// would copy all of it onto the large-object heap).
/// </summary>
internal static class GapIdPrescan
{
    /// <summary>The characters copied out of a <see cref="SourceText"/> at a time by <c>ContainsGapIdPrefix</c>.</summary>
    internal const int ScanChunkLength = 8192;

    // One scan buffer per thread: the generator and the analyzers may read files on several threads at once.
    [ThreadStatic]
    private static char[]? _scanBuffer;

    /// <summary>Whether <see cref="GapIdSyntax.Prefix"/> occurs in the text, found chunk by chunk, also across a chunk boundary.</summary>
    internal static bool ContainsGapIdPrefix(SourceText text, CancellationToken cancellationToken)
        => ContainsGapIdPrefix(text, GapIdSyntax.DefaultPrefixes, cancellationToken);

    /// <summary>Whether any of <paramref name="prefixes"/> occurs in the text, found chunk by chunk, also across a chunk boundary.</summary>
    [MethodImpl(Optimized.Always)]
    internal static bool ContainsGapIdPrefix(SourceText text, IReadOnlyList<string> prefixes, CancellationToken cancellationToken)
    {
        var longest = prefixes.Max(p => p.Length);
        var carry = longest - 1;
        var buffer = _scanBuffer is { } kept && kept.Length >= carry + ScanChunkLength ? kept : _scanBuffer = new char[carry + ScanChunkLength];
        var keptCount = 0;
        for (var position = 0; position < text.Length; position += ScanChunkLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(ScanChunkLength, text.Length - position);
            text.CopyTo(position, buffer, keptCount, count);
            var filled = keptCount + count;
            foreach (var prefix in prefixes)
            {
                for (var at = Array.IndexOf(buffer, prefix[0], 0, filled); at >= 0; at = Array.IndexOf(buffer, prefix[0], at + 1, filled - at - 1))
                {
                    if (StartsWith(buffer, at, filled, prefix))
                    {
                        return true;
                    }
                }
            }

            // The last characters start the next chunk, so a prefix cut by the boundary is still seen whole.
            keptCount = Math.Min(carry, filled);
            Array.Copy(buffer, filled - keptCount, buffer, 0, keptCount);
        }

        return false;
    }

    private static bool StartsWith(char[] buffer, int at, int filled, string value)
    {
        if (at + value.Length > filled)
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (buffer[at + i] != value[i])
            {
                return false;
            }
        }

        return true;
    }
}
