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

    // One per thread: the hasher and its buffers are made once, not per gap (thousands per build).
    [ThreadStatic]
    private static Hasher? t_hasher;

    [MethodImpl(Optimized.Always)]
    internal static string Compute(GapSpec gap)
    {
        var hasher = t_hasher ??= new Hasher();
        hasher.Clear();
        hasher.Part("id", gap.Id);
        hasher.Part("title", gap.Title);
        foreach (var field in gap.Fields)
        {
            if (string.Equals(field.Name.Trim(), GapFieldTable.Status, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            hasher.Part("field", field.Name);
            hasher.Part("value", field.Value);
            foreach (var item in field.Items)
            {
                hasher.Part("item", item.Text);
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

    /// <summary>
    /// SHA-256 of the parts' UTF-8, as the first 4 bytes in lower-case hex. The parts are written straight into one
    /// character buffer (thousands of gaps per build, each character looked at once).
    /// </summary>
    private sealed class Hasher
    {
        private const string HexDigits = "0123456789abcdef";
        private readonly SHA256 _sha = SHA256.Create();
        private char[] _chars = new char[1024];
        private byte[] _bytes = new byte[3 * 1024];
        private int _length;

        public void Clear() => _length = 0;

        /// <summary>
        /// Appends <c>tag value</c> on a line of its own, every run of white space in the value one space, its ends trimmed.
        /// </summary>
        [MethodImpl(Optimized.Always)]
        public void Part(string tag, string value)
        {
            // White space only ever shrinks: the part fits in this much.
            Reserve(_length + 1 + tag.Length + 1 + value.Length);
            var chars = _chars;
            var length = _length;
            if (length > 0)
            {
                chars[length++] = '\n';
            }

            tag.CopyTo(0, chars, length, tag.Length);
            length += tag.Length;
            chars[length++] = ' ';
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
                    chars[length++] = ' ';
                    pendingSpace = false;
                }

                chars[length++] = c;
                any = true;
            }

            _length = length;
        }

        public string Hash()
        {
            var count = Encoding.UTF8.GetBytes(_chars, 0, _length, _bytes, 0);
            var hash = _sha.ComputeHash(_bytes, 0, count);
            var hex = new char[8];
            for (var i = 0; i < 4; i++)
            {
                hex[2 * i] = HexDigits[hash[i] >> 4];
                hex[(2 * i) + 1] = HexDigits[hash[i] & 15];
            }

            return new string(hex);
        }

        private void Reserve(int length)
        {
            if (_chars.Length < length)
            {
                var chars = new char[Math.Max(length, 2 * _chars.Length)];
                Array.Copy(_chars, chars, _length);
                _chars = chars;

                // UTF-8 takes at most 3 bytes for a UTF-16 code unit.
                _bytes = new byte[3 * chars.Length];
            }
        }
    }
}
