using System.Text;
using GapModel.Generators.Model;

namespace GapModel.Generators.Parsing;

/// <summary>The loose vocabularies of gap documents, normalised. Unknown values stay available as raw text.</summary>
internal static class Vocabulary
{
    public static GapTypeKind ParseType(string text) => Key(text) switch
    {
        "" => GapTypeKind.Unspecified,
        "ARCHITECTURAL" or "ARCHITECTURE" => GapTypeKind.Architectural,
        "SECURITY" => GapTypeKind.Security,
        "INTEGRATION" => GapTypeKind.Integration,
        "PERFORMANCE" => GapTypeKind.Performance,
        "UIUX" or "UI" or "UX" => GapTypeKind.UiUx,
        "TESTING" or "TEST" or "TESTS" => GapTypeKind.Testing,
        "DOCUMENTATION" or "DOCS" => GapTypeKind.Documentation,
        _ => GapTypeKind.Other,
    };

    public static GapScopeKind ParseScope(string text) => Key(text) switch
    {
        "" => GapScopeKind.Unspecified,
        "ISOLATED" => GapScopeKind.Isolated,
        "SYSTEM" => GapScopeKind.System,
        "CROSSCUTTING" => GapScopeKind.CrossCutting,
        "FOUNDATIONAL" => GapScopeKind.Foundational,
        _ => GapScopeKind.Other,
    };

    /// <summary>The P-number decides: <c>P0-CRITICAL</c>, <c>P2</c>, <c>Critical (P1)</c>, <c>High (P2)</c>.</summary>
    public static GapPriorityKind ParsePriority(string text, out bool recognised)
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
                    '0' => GapPriorityKind.P0,
                    '1' => GapPriorityKind.P1,
                    '2' => GapPriorityKind.P2,
                    '3' => GapPriorityKind.P3,
                    _ => GapPriorityKind.Unspecified,
                };
            }
        }

        recognised = text.Trim().Length == 0;
        return GapPriorityKind.Unspecified;
    }

    /// <summary>OPEN, IN_PROGRESS, RESOLVED in any case and spelling (<c>In Progress</c>, <c>in-progress</c>), optionally followed by more words.</summary>
    public static GapStatusKind? ParseStatus(string text)
    {
        var key = StatusKey(text);
        if (Starts(key, "IN_PROGRESS") || Starts(key, "INPROGRESS"))
        {
            return GapStatusKind.InProgress;
        }

        if (Starts(key, "OPEN"))
        {
            return GapStatusKind.Open;
        }

        if (Starts(key, "RESOLVED"))
        {
            return GapStatusKind.Resolved;
        }

        return null;
    }

    private static bool Starts(string key, string word)
        => key.StartsWith(word, System.StringComparison.Ordinal) && (key.Length == word.Length || key[word.Length] == '_');

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

    // Leading symbols (an emoji, a bracket) skipped; words joined by '_' up to the first other character.
    private static string StatusKey(string text)
    {
        var key = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
            else if (c is ' ' or '-' or '_' or '\t')
            {
                if (key.Length > 0 && key[key.Length - 1] != '_')
                {
                    key.Append('_');
                }
            }
            else
            {
                break;
            }
        }

        return key.ToString().TrimEnd('_');
    }
}
