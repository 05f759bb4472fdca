using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GapModel.Generators.Model;
using GapModel.Shared;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Analysis;

/// <summary>
/// Every gap one compilation knows: its own gap documents first, then the <c>[assembly: GapDefinition]</c>
/// catalogs of referenced assemblies. Made once per compilation and cheap to make: the local index is kept across
/// compilations by <see cref="LocalGaps"/>, referenced catalogs are cached by <see cref="ReferencedCatalogs"/> and
/// only read when a local lookup misses, and constants are only looked up for the arguments that need one.
/// </summary>
internal sealed class KnownGaps
{
    private readonly Compilation _compilation;
    private readonly ProjectGaps _local;
    private readonly Lazy<INamedTypeSymbol?> _localConstants;
    // By the definition's ordinal; filled on first lookup. Analyzer actions run on every core at once: a shared
    // dictionary's locks were contended (~0.2 s of 3,000 lookups), an array slot is claimed without one.
    private readonly KnownGap?[] _fromDocuments;
    private Dictionary<string, KnownGap>? _referenced;

    public KnownGaps(Compilation compilation, ProjectGaps local, string? constantsNamespace)
    {
        _compilation = compilation;
        _local = local;
        _fromDocuments = new KnownGap?[local.Index.Definitions.Count];

        // The generator writes namespace parts with '@' where they are keywords; metadata names have none.
        var constantsType = constantsNamespace is null ? "Gaps" : constantsNamespace.Replace("@", string.Empty) + ".Gaps";
        _localConstants = new(() => compilation.Assembly.GetTypeByMetadataName(constantsType));
    }

    public bool TryGet(string id, CancellationToken cancellationToken, out KnownGap gap)
    {
        if (_local.Index.TryGetOrdinal(id, out var ordinal))
        {
            // Thousands of attributes name a few thousand gaps: each is made once per compilation, not per attribute
            // (two threads may both make one; the first kept is the one every lookup gets).
            if (Volatile.Read(ref _fromDocuments[ordinal]) is not { } made)
            {
                var fresh = FromDocument(_local.Index.Definitions[ordinal]);
                made = Interlocked.CompareExchange(ref _fromDocuments[ordinal], fresh, null) ?? fresh;
            }

            gap = made;
            return true;
        }

        return Referenced(cancellationToken).TryGetValue(id, out gap!);
    }

    /// <summary>Whether <paramref name="id"/> has the shape of a gap ID under the project's prefixes (<c>GapModelIdPrefixes</c>).</summary>
    public bool IsValidId(string? id) => GapIdSyntax.IsValid(id, _local.IdPrefixes);

    /// <summary>Every known ID, local ones first: the candidates of a did-you-mean suggestion.</summary>
    public IEnumerable<string> Ids(CancellationToken cancellationToken)
        => _local.Index.Ids.Concat(Referenced(cancellationToken).Keys.Where(id => !_local.Index.TryGet(id, out _)));

    /// <summary>
    /// Read on first need with the token of the action that needs it. Not a <see cref="Lazy{T}"/> over the
    /// compilation-start token: a cancelled read must leave nothing behind, or every later action of the
    /// compilation would rethrow the cached cancellation (AD0001).
    /// </summary>
    private Dictionary<string, KnownGap> Referenced(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _referenced) is { } read)
        {
            return read;
        }

        var collected = ReferencedCatalogs.Collect(_compilation, cancellationToken);
        return Interlocked.CompareExchange(ref _referenced, collected, null) ?? collected;
    }

    /// <summary>The generated constant for the gap, when it exists with that value and this compilation can use it.</summary>
    public IFieldSymbol? Constant(KnownGap gap)
    {
        if (gap.Assembly is null)
        {
            return _local.ConstantNames.TryGetValue(gap.Id, out var name) ? Usable(_localConstants.Value, name, gap.Id) : null;
        }

        var type = ReferencedCatalogs.ConstantType(gap, out var constantName);
        return Usable(type, constantName, gap.Id);
    }

    /// <summary>The gaps of the project's own documents, each with its definition (where it stands).</summary>
    public IEnumerable<(KnownGap Gap, GapDefinition Definition)> Local => _local.Index.Definitions.Select(d => (FromDocument(d), d));

    /// <summary>The gaps of referenced catalogs this compilation may use that its own documents do not define.</summary>
    public IEnumerable<KnownGap> ReferencedOnly(CancellationToken cancellationToken)
        => Referenced(cancellationToken).Values.Where(g => !_local.Index.TryGet(g.Id, out _));

    private KnownGap FromDocument(GapDefinition definition)
    {
        var gap = definition.Gap;
        var path = _local.SourcePath(definition.Path);
        var where = ProjectPaths.PathAndLine(path, (gap[ClassifiedField.Status].Where ?? gap.Position).DisplayLine);
        return new KnownGap(gap.Id, gap.Title, gap.Status, where, null, null)
        {
            SourcePath = path,
            Line = gap.Position.DisplayLine,
            Priority = gap.Priority,
            Source = gap,
        };
    }

    /// <summary>The constant, only if it really exists with that value and this compilation may use it.</summary>
    private IFieldSymbol? Usable(INamedTypeSymbol? type, string name, string id)
    {
        if (type is null || !_compilation.IsSymbolAccessibleWithin(type, _compilation.Assembly))
        {
            return null;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is IFieldSymbol { IsConst: true } field
                && field.ConstantValue is string value
                && string.Equals(value, id, StringComparison.Ordinal)
                && _compilation.IsSymbolAccessibleWithin(field, _compilation.Assembly))
            {
                return field;
            }
        }

        return null;
    }
}
