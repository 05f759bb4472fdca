using System;
using System.Collections.Generic;
using System.Linq;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Analysis;

/// <summary>
/// A gap the analyzer knows, from a local document or from a referenced assembly's catalog. StatusLocation is
/// <c>file:line</c> of its status line (its entry line when it has none). For a catalog's gap, Assembly is the
/// referenced assembly and ReferencedConstant the constant it recorded (<c>Catalog.Gaps.Shared001</c>); both are
/// null for a local gap. AlsoDefinedBy is a second referenced catalog that defines the same ID (GM0009).
/// SourcePath (relative to the defining project) and Line place the entry; Fingerprint and Criteria are empty for a
/// catalog built by a GapModel that did not record them.
/// </summary>
internal sealed record KnownGap(string Id, string Title, GapStatus Status, string StatusLocation, string? ReferencedConstant, IAssemblySymbol? Assembly)
{
    public IAssemblySymbol? AlsoDefinedBy { get; init; }

    public string SourcePath { get; init; } = string.Empty;

    public int Line { get; init; }

    /// <summary><c>file:line</c> of the entry, as messages show it.</summary>
    public string EntryLocation => ProjectPaths.PathAndLine(SourcePath, Line);

    public GapPriority Priority { get; init; }

    // Given for a catalog's gap; for a gap of this project's documents, read from its parse when asked (the fingerprint
    // is hashed once per parse, see GapFingerprint.Of), so a gap nobody references costs neither. Set only on creation:
    // the record's equality stays what it was made with.
    private readonly string? _fingerprint;
    private readonly IReadOnlyList<string>? _criteria;

    /// <summary>The parsed gap, for a gap of this project's documents; null for a catalog's.</summary>
    public GapSpec? Source { get; init; }

    public string Fingerprint
    {
        get => _fingerprint ?? (Source is { } source ? GapFingerprint.Of(source) : string.Empty);
        init => _fingerprint = value;
    }

    public IReadOnlyList<string> Criteria
    {
        get => _criteria ?? (Source is { } source ? source.ValidationCriteria.Select(c => c.Text).ToArray() : Array.Empty<string>());
        init => _criteria = value;
    }
}
