using System;
using System.Collections.Generic;
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

    public string Fingerprint { get; init; } = string.Empty;

    public IReadOnlyList<string> Criteria { get; init; } = Array.Empty<string>();
}
