using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GapModel.Generators.Parsing;

namespace GapModel.Generators.Emit;

/// <summary>
/// Names of the <c>Gaps</c> constants: <c>GAP-</c> dropped, each hyphen-separated segment PascalCased and joined
/// (<c>GAP-SELF-MOD-001</c> becomes <c>SelfMod001</c>). A name that would start with a digit, or clash with a
/// member every class has, gets the prefix <c>Gap</c>. IDs whose names collide (<c>GAP-SELF-MOD-010</c>,
/// <c>GAP-SELFMOD-010</c>) keep their segments apart with underscores (<c>Self_Mod_010</c>, <c>Selfmod_010</c>),
/// which is unique per ID and does not depend on which other IDs exist in which order.
/// </summary>
internal static class ConstantNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Gaps", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static Dictionary<string, string> Assign(IEnumerable<string> ids)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var collisions = new HashSet<string>(
            distinct.GroupBy(Simple, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g),
            StringComparer.Ordinal);
        return distinct.ToDictionary(id => id, id => collisions.Contains(id) ? Separated(id) : Simple(id), StringComparer.Ordinal);
    }

    public static string Simple(string id) => Build(id, separator: string.Empty);

    public static string Separated(string id) => Build(id, separator: "_");

    private static string Build(string id, string separator)
    {
        var body = id.StartsWith(GapIdSyntax.Prefix, StringComparison.Ordinal) ? id.Substring(GapIdSyntax.Prefix.Length) : id;
        var name = new StringBuilder();
        foreach (var segment in body.Split(new[] { '-' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (name.Length > 0)
            {
                name.Append(separator);
            }

            name.Append(char.ToUpperInvariant(segment[0]));
            foreach (var c in segment.Skip(1))
            {
                name.Append(char.IsLetterOrDigit(c) || c == '_' ? char.ToLowerInvariant(c) : '_');
            }
        }

        var result = name.ToString();
        return result.Length == 0 || !(char.IsLetter(result[0]) || result[0] == '_') || Reserved.Contains(result)
            ? "Gap" + result
            : result;
    }
}
