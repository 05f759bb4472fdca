using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using GapModel.Generators.Model;
using GapModel.Shared;

namespace GapModel.Generators.Parsing;

/// <summary>The loose vocabularies of gap documents, normalised. Unknown values stay available as raw text.</summary>
internal static class Vocabulary
{
    /// <summary>
    /// The kind <paramref name="text"/> names in the vocabulary of <paramref name="field"/>, as the value of its runtime
    /// enum; <paramref name="recognised"/> is false when the text names nothing the vocabulary knows (the kind is then
    /// the enum's fallback: Open, Unspecified or Other).
    /// </summary>
    public static int Classify(ClassifiedField field, string text, ReadingOptions options, out bool recognised)
    {
        switch (field)
        {
            case ClassifiedField.Status:
                var status = ParseStatus(text, options);
                recognised = status is not null;
                return (int)(status ?? GapStatus.Open);
            case ClassifiedField.Priority:
                return (int)ParsePriority(text, out recognised);
            case ClassifiedField.Type:
                var type = ParseType(text);
                recognised = type != GapType.Other;
                return (int)type;
            case ClassifiedField.Scope:
                var scope = ParseScope(text);
                recognised = scope != GapScope.Other;
                return (int)scope;
            default:
                // A field with no words here yet: its text is kept, its kind is the enum's default.
                recognised = true;
                return 0;
        }
    }

    /// <summary>The values a document may write for <paramref name="field"/>, as a diagnostic lists them.</summary>
    public static string Expected(ClassifiedField field) => field switch
    {
        ClassifiedField.Priority => "P0, P1, P2, P3 (or Critical, High, Medium, Low)",
        ClassifiedField.Type => "ARCHITECTURAL, SECURITY, INTEGRATION, PERFORMANCE, UI/UX, TESTING, DOCUMENTATION",
        ClassifiedField.Scope => "ISOLATED, SYSTEM, CROSS-CUTTING, FOUNDATIONAL",
        _ => string.Empty, // a status has a diagnostic of its own (GM1003), which names them
    };

    public static GapType ParseType(string text) => Key(text) switch
    {
        "" => GapType.Unspecified,
        "ARCHITECTURAL" or "ARCHITECTURE" => GapType.Architectural,
        "SECURITY" => GapType.Security,
        "INTEGRATION" => GapType.Integration,
        "PERFORMANCE" => GapType.Performance,
        "UIUX" or "UI" or "UX" => GapType.UiUx,
        "TESTING" or "TEST" or "TESTS" => GapType.Testing,
        "DOCUMENTATION" or "DOCS" => GapType.Documentation,
        _ => GapType.Other,
    };

    public static GapScope ParseScope(string text) => Key(text) switch
    {
        "" => GapScope.Unspecified,
        "ISOLATED" => GapScope.Isolated,
        "SYSTEM" => GapScope.System,
        "CROSSCUTTING" => GapScope.CrossCutting,
        "FOUNDATIONAL" => GapScope.Foundational,
        _ => GapScope.Other,
    };

    /// <summary>
    /// A P-number decides (<c>P0-CRITICAL</c>, <c>P2</c>, <c>Critical (P1)</c>, <c>High (P2)</c>); without one, the
    /// words the seed pairs with them decide alone when they come first: Critical P0, High P1, Medium P2, Low P3.
    /// </summary>
    public static GapPriority ParsePriority(string text, out bool recognised)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if ((text[i] is 'P' or 'p')
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                && char.IsDigit(text[i + 1])
                && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                recognised = text[i + 1] <= '3';
                return text[i + 1] switch
                {
                    '0' => GapPriority.P0,
                    '1' => GapPriority.P1,
                    '2' => GapPriority.P2,
                    '3' => GapPriority.P3,
                    _ => GapPriority.Unspecified,
                };
            }
        }

        var words = StatusWords(text);
        var word = words.Count > 0 ? words[0] : string.Empty;
        recognised = true;
        switch (word)
        {
            case "CRITICAL":
                return GapPriority.P0;
            case "HIGH":
                return GapPriority.P1;
            case "MEDIUM":
                return GapPriority.P2;
            case "LOW":
                return GapPriority.P3;
        }

        recognised = text.Trim().Length == 0;
        return GapPriority.Unspecified;
    }

    /// <summary>A status word or phrase as compared: its words, upper-cased and joined with no separator.</summary>
    internal sealed class StatusPhrase
    {
        public StatusPhrase(string key, int words, GapStatus status)
        {
            Key = key;
            Words = words;
            Status = status;
        }

        public string Key { get; }

        public int Words { get; }

        public GapStatus Status { get; }
    }

    private static readonly StatusPhrase[] BuiltInStatuses =
        Phrases(new[] { "Resolved", "Done", "Closed", "Fixed", "Complete", "Completed", "Implemented", "Mitigated" }, GapStatus.Resolved)
        .Concat(Phrases(new[] { "In progress", "WIP", "Started", "Ongoing", "Partially resolved" }, GapStatus.InProgress))
        .Concat(Phrases(new[] { "Open", "To do", "New", "Planned", "Not started", "Blocked" }, GapStatus.Open))
        .ToArray();

    /// <summary>The phrases of the given words (<c>In progress</c>, <c>WIP</c>) for <paramref name="status"/>; words with no letter are left out.</summary>
    internal static IEnumerable<StatusPhrase> Phrases(IEnumerable<string> words, GapStatus status)
    {
        foreach (var word in words)
        {
            var parts = StatusWords(word);
            if (parts.Count > 0)
            {
                yield return new StatusPhrase(string.Concat(parts), parts.Count, status);
            }
        }
    }

    /// <summary>
    /// The status its first words name, in any case and spelling (<c>In Progress</c>, <c>in-progress</c>,
    /// <c>IN_PROGRESS</c>, <c>To do</c>, <c>Todo</c>), after any symbol and followed by anything
    /// (<c>✅ Done (2026-10-01)</c>). The team's words (<paramref name="options"/>) come before the built-in ones;
    /// otherwise the phrase of most words wins (<c>Partially resolved</c> over nothing, <c>Not started</c> is Open).
    /// </summary>
    public static GapStatus? ParseStatus(string text, ReadingOptions? options = null)
    {
        var words = StatusWords(text);
        if (words.Count == 0)
        {
            return null;
        }

        if (options is not null && Match(words, options.StatusPhrases) is { } configured)
        {
            return configured;
        }

        return Match(words, BuiltInStatuses);
    }

    [MethodImpl(Optimized.Always)]
    private static GapStatus? Match(List<string> words, IReadOnlyList<StatusPhrase> phrases)
    {
        GapStatus? best = null;
        var bestWords = 0;
        for (var p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            var matched = MatchedWords(words, phrase.Key);
            if (matched > bestWords)
            {
                best = phrase.Status;
                bestWords = matched;
            }
        }

        return best;
    }

    /// <summary>How many leading <paramref name="words"/> join to <paramref name="key"/> exactly; 0 if none do.</summary>
    [MethodImpl(Optimized.Always)]
    private static int MatchedWords(List<string> words, string key)
    {
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (at + word.Length > key.Length || string.CompareOrdinal(key, at, word, 0, word.Length) != 0)
            {
                return 0;
            }

            at += word.Length;
            if (at == key.Length)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// The leading words of a value, upper-cased: symbols before the first letter skipped (an emoji, a bracket),
    /// words of letters and digits separated by spaces, tabs, <c>-</c> and <c>_</c>, up to the first other character.
    /// </summary>
    internal static List<string> StatusWords(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        var word = new StringBuilder();
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToUpperInvariant(c));
            }
            else if (c is ' ' or '-' or '_' or '\t' or '\u00A0')
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                break;
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    // Upper-case letters and digits only: "UI/UX" -> "UIUX", "Cross-Cutting" -> "CROSSCUTTING".
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }
}
