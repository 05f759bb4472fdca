using System;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GapModel.Shared;

namespace GapModel.Generators.Model;

/// <summary>
/// The fingerprint of a gap: what a <c>Reviewed</c> pin compares against. A compatibility promise across versions
/// (docs/format.md, "Fingerprints"): the first 8 lower-case hex digits of SHA-256 over the UTF-8 of the gap's parts,
/// each on a line of its own (joined with LF): <c>id</c>, <c>title</c>, then for every field but Status, in
/// document order, <c>field</c>, <c>value</c> and <c>item</c> for each checklist item, each part tagged with that
/// word and a space. In each part every run of white space counts as one space and the ends are trimmed. So the
/// status, ticking a box, white space, line ends and where the entry stands change nothing.
/// </summary>
internal static class GapFingerprint
{
    // The generator and the analyzers ask for the same parsed gaps' fingerprints many times: hash each once.
    private static readonly ConditionalWeakTable<GapSpec, string> Computed = new();

    public static string Of(GapSpec gap) => Computed.GetValue(gap, Compute);

    // One of each per thread: a hasher, the text and its bytes are made once, not per gap (thousands per build).
    [ThreadStatic]
    private static Hasher? t_hasher;

    internal static string Compute(GapSpec gap)
    {
        var hasher = t_hasher ??= new Hasher();
        var text = hasher.Text.Clear();
        Part(text, "id", gap.Id);
        Part(text, "title", gap.Title);
        foreach (var field in gap.Fields)
        {
            if (string.Equals(field.Name.Trim(), GapFieldTable.Status, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Part(text, "field", field.Name);
            Part(text, "value", field.Value);
            foreach (var item in field.Items)
            {
                Part(text, "item", item.Text);
            }
        }

        return hasher.Hash();
    }

    /// <summary>Whether a pin names this fingerprint: 8 hex digits, compared ignoring case.</summary>
    public static bool Matches(string? pin, string fingerprint)
        => pin is { Length: 8 } && IsHex(pin) && string.Equals(pin, fingerprint, StringComparison.OrdinalIgnoreCase);

    private static bool IsHex(string value)
    {
        foreach (var c in value)
        {
            if (!(c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F')))
            {
                return false;
            }
        }

        return true;
    }

    private static void Part(StringBuilder text, string tag, string value)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(tag).Append(' ');
        var pendingSpace = false;
        var any = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = any;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(c);
            any = true;
        }
    }

    /// <summary>SHA-256 of a text's UTF-8, as the first 4 bytes in lower-case hex.</summary>
    private sealed class Hasher
    {
        private const string HexDigits = "0123456789abcdef";
        private readonly SHA256 _sha = SHA256.Create();
        private char[] _chars = new char[1024];
        private byte[] _bytes = new byte[3 * 1024];

        public StringBuilder Text { get; } = new(1024);

        public string Hash()
        {
            var length = Text.Length;
            if (_chars.Length < length)
            {
                _chars = new char[Math.Max(length, 2 * _chars.Length)];
                _bytes = new byte[3 * _chars.Length];
            }

            Text.CopyTo(0, _chars, 0, length);
            var count = Encoding.UTF8.GetBytes(_chars, 0, length, _bytes, 0);
            var hash = _sha.ComputeHash(_bytes, 0, count);
            var hex = new char[8];
            for (var i = 0; i < 4; i++)
            {
                hex[2 * i] = HexDigits[hash[i] >> 4];
                hex[(2 * i) + 1] = HexDigits[hash[i] & 15];
            }

            return new string(hex);
        }
    }
}
