using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace GapModel.Generators.Model;

/// <summary>
/// Names of the <c>Gaps</c> constants: <c>GAP-</c> (or the configured prefix the ID has, see <c>GapModelIdPrefixes</c>) dropped, each hyphen-separated segment PascalCased and joined
/// (<c>GAP-SELF-MOD-001</c> becomes <c>SelfMod001</c>; a letter after a digit starts a word, so
/// <c>GAP-2FA-001</c> becomes <c>Gap2Fa001</c>). A name that would start with a digit, or clash with a member
/// every class has, gets the prefix <c>Gap</c>.
/// <para>
/// IDs whose names are equal ignoring case (<c>GAP-SELF-MOD-010</c>, <c>GAP-SELFMOD-010</c>: names that differ
/// only in case break VB callers and CLS compliance) keep their segments apart with underscores instead
/// (<c>Self_Mod_010</c>, <c>Selfmod_010</c>), prefixed with <c>Gap__</c> where they would start with a digit or be
/// reserved (<c>Gap__2Fa_001</c>: a leading <c>_</c> is not CLS-compliant, CS3008, and no valid ID's separated name
/// holds <c>__</c>). That form maps distinct IDs to distinct names, so a name depends only on its ID and on which IDs collide.
/// </para>
/// </summary>
internal static class ConstantNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Gaps", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>The constant name of each distinct ID.</summary>
    public static Dictionary<string, string> Assign(IEnumerable<string> ids) => Assign(ids, GapIdSyntax.DefaultPrefixes);

    /// <summary>The constant name of each distinct ID, named from the part after its prefix (one of <paramref name="prefixes"/>).</summary>
    [MethodImpl(Optimized.Always)]
    public static Dictionary<string, string> Assign(IEnumerable<string> ids, IReadOnlyList<string> prefixes)
    {
        // Loops rather than LINQ: a large catalog names tens of thousands of IDs in every build.
        var simple = new Dictionary<string, string>(StringComparer.Ordinal);
        var sharing = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            if (!simple.ContainsKey(id))
            {
                var name = Simple(id, prefixes);
                simple.Add(id, name);
                sharing[name] = sharing.TryGetValue(name, out var count) ? count + 1 : 1;
            }
        }

        var names = new Dictionary<string, string>(simple.Count, StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var clash = false;
        foreach (var pair in simple)
        {
            var name = sharing[pair.Value] > 1 ? Separated(pair.Key, prefixes) : pair.Value;
            names.Add(pair.Key, name);
            clash |= !taken.Add(name);
        }

        // The separated form is unique by construction; should anything still clash, a stable suffix keeps the build
        // whole, given in ordinal order of the IDs.
        if (clash)
        {
            taken.Clear();
            foreach (var id in names.Keys.OrderBy(id => id, StringComparer.Ordinal).ToList())
            {
                var name = names[id];
                for (var n = 2; !taken.Add(name); n++)
                {
                    name = names[id] + "_" + n.ToString(CultureInfo.InvariantCulture);
                }

                names[id] = name;
            }
        }

        return names;
    }

    /// <summary>Groups of IDs (two or more, ordinally sorted) whose simple names are equal ignoring case.</summary>
    public static IEnumerable<IReadOnlyList<string>> Collisions(IEnumerable<string> ids) => Collisions(ids, GapIdSyntax.DefaultPrefixes);

    /// <summary>As <see cref="Collisions(IEnumerable{string})"/>, with names made after <paramref name="prefixes"/>: <c>GAP-001</c> and <c>RISK-001</c> collide.</summary>
    public static IEnumerable<IReadOnlyList<string>> Collisions(IEnumerable<string> ids, IReadOnlyList<string> prefixes)
        => ids.Distinct(StringComparer.Ordinal)
            .GroupBy(id => Simple(id, prefixes), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Skip(1).Any())
            .Select(g => (IReadOnlyList<string>)g.OrderBy(id => id, StringComparer.Ordinal).ToList());

    public static string Simple(string id) => Simple(id, GapIdSyntax.DefaultPrefixes);

    /// <summary>
    /// The segments after the prefix, each PascalCased (see <see cref="Pascal"/>) and joined; with <c>Gap</c> before a
    /// name that is empty, starts with other than a letter or is reserved.
    /// </summary>
    [MethodImpl(Optimized.Always)]
    public static string Simple(string id, IReadOnlyList<string> prefixes)
    {
        // One pass over the ID, as Pascal over each segment would go: every ID of a build is named here, twice (the
        // constants and GM1010's collision check).
        var builder = new StringBuilder(id.Length + 3);
        var wordStart = true;
        for (var i = Prefix(id, prefixes)?.Length ?? 0; i < id.Length; i++)
        {
            var c = id[i];
            if (c == '-')
            {
                wordStart = true;
            }
            else if (char.IsLetter(c) && c < 128)
            {
                builder.Append(wordStart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                wordStart = false;
            }
            else
            {
                builder.Append(c is >= '0' and <= '9' ? c : '_');
                wordStart = true;
            }
        }

        var name = builder.ToString();
        return name.Length == 0 || !char.IsLetter(name[0]) || Reserved.Contains(name) ? "Gap" + name : name;
    }

    public static string Separated(string id) => Separated(id, GapIdSyntax.DefaultPrefixes);

    /// <summary>
    /// The separated form. An ID under another prefix than <c>GAP-</c> keeps its prefix, apart from the rest by
    /// <c>__</c> (<c>RISK-001</c> is <c>Risk__001</c>, <c>PCI-GAP-001</c> is <c>Pci_Gap__001</c>), so that IDs of
    /// different prefixes whose rest is the same still get different names.
    /// </summary>
    public static string Separated(string id, IReadOnlyList<string> prefixes)
    {
        var name = string.Join("_", Segments(id, prefixes, out var prefix).Select(Pascal));
        if (prefix is not null && prefix != GapIdSyntax.Prefix)
        {
            return string.Join("_", prefix.Split(new[] { '-' }, StringSplitOptions.RemoveEmptyEntries).Select(Pascal)) + "__" + name;
        }

        return name.Length == 0 || !char.IsLetter(name[0]) || Reserved.Contains(name) ? "Gap__" + name : name;
    }

    private static IEnumerable<string> Segments(string id, IReadOnlyList<string> prefixes, out string? prefix)
    {
        prefix = Prefix(id, prefixes);
        var body = prefix is null ? id : id.Substring(prefix.Length);
        return body.Split(new[] { '-' }, StringSplitOptions.RemoveEmptyEntries);
    }

    // The prefix a name leaves out: one of the project's, else GAP- where the ID starts with it.
    private static string? Prefix(string id, IReadOnlyList<string> prefixes)
        => GapIdSyntax.PrefixOf(id, prefixes) ?? (id.StartsWith(GapIdSyntax.Prefix, StringComparison.Ordinal) ? GapIdSyntax.Prefix : null);

    // "SOVEREIGNTY" -> "Sovereignty", "2FA" -> "2Fa"; anything outside [A-Za-z0-9_] (only in hand-made IDs) -> '_'.
    private static string Pascal(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        var wordStart = true;
        foreach (var c in segment)
        {
            if (char.IsLetter(c) && c < 128)
            {
                builder.Append(wordStart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                wordStart = false;
            }
            else if (c is >= '0' and <= '9')
            {
                builder.Append(c);
                wordStart = true;
            }
            else
            {
                builder.Append('_');
                wordStart = true;
            }
        }

        return builder.ToString();
    }
}
