using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using GapModel.Generators.Model;

namespace GapModel.Generators.Parsing;

/// <summary>
/// What a team configures about reading its documents (docs/configuration.md): the ID prefixes
/// (<c>GapModelIdPrefixes</c>) and words added to each status (<c>GapModelStatusResolved</c>, <c>…InProgress</c>,
/// <c>…Open</c>). Compared by value, so the generator's steps cache and the parse cache can be keyed by it.
/// </summary>
internal sealed class ReadingOptions : IEquatable<ReadingOptions>
{
    public static readonly ReadingOptions Default = new(GapIdSyntax.DefaultPrefixes, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());

    private readonly string[] _prefixes;
    private readonly Vocabulary.StatusPhrase[] _statusPhrases;

    /// <param name="prefixes">Each prefix with its trailing hyphen (<c>RISK-</c>), already validated.</param>
    /// <param name="resolved">Words that mean Resolved, added to the built-in ones.</param>
    /// <param name="inProgress">Words that mean InProgress.</param>
    /// <param name="open">Words that mean Open.</param>
    public ReadingOptions(IEnumerable<string> prefixes, IEnumerable<string> resolved, IEnumerable<string> inProgress, IEnumerable<string> open)
    {
        _prefixes = prefixes.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (_prefixes.Length == 0)
        {
            _prefixes = GapIdSyntax.DefaultPrefixes;
        }

        Resolved = resolved.ToEquatableArray();
        InProgress = inProgress.ToEquatableArray();
        Open = open.ToEquatableArray();
        _statusPhrases = Vocabulary.Phrases(Resolved, GapStatus.Resolved)
            .Concat(Vocabulary.Phrases(InProgress, GapStatus.InProgress))
            .Concat(Vocabulary.Phrases(Open, GapStatus.Open))
            .ToArray();
    }

    /// <summary>The ID prefixes, each with its trailing hyphen, in ordinal order.</summary>
    public IReadOnlyList<string> IdPrefixes => _prefixes;

    /// <summary>Whether the prefixes are the default <c>GAP-</c> alone.</summary>
    public bool HasDefaultPrefixes => _prefixes.Length == 1 && _prefixes[0] == GapIdSyntax.Prefix;

    public EquatableArray<string> Resolved { get; }

    public EquatableArray<string> InProgress { get; }

    public EquatableArray<string> Open { get; }

    /// <summary>The configured status words, read as <see cref="Vocabulary.ParseStatus"/> compares them.</summary>
    internal IReadOnlyList<Vocabulary.StatusPhrase> StatusPhrases => _statusPhrases;

    /// <summary>Whether any ID prefix occurs in <paramref name="text"/> from <paramref name="start"/> on.</summary>
    [MethodImpl(Optimized.Always)]
    public bool ContainsPrefix(string text, int start = 0)
    {
        foreach (var prefix in _prefixes)
        {
            if (text.IndexOf(prefix, start, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool Equals(ReadingOptions? other)
        => other is not null
        && (ReferenceEquals(this, other)
            || (_prefixes.SequenceEqual(other._prefixes, StringComparer.Ordinal) && Resolved == other.Resolved && InProgress == other.InProgress && Open == other.Open));

    public override bool Equals(object? obj) => Equals(obj as ReadingOptions);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var prefix in _prefixes)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(prefix));
        }

        return unchecked((((hash * 31) + Resolved.GetHashCode()) * 31 + InProgress.GetHashCode()) * 31 + Open.GetHashCode());
    }
}
