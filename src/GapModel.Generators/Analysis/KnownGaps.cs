using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Analysis;

/// <summary>
/// A gap the analyzer knows, from a local document or from a referenced assembly's catalog. StatusLocation is
/// <c>file:line</c> of its status line (its entry line when it has none). For a catalog's gap, Assembly is the
/// referenced assembly and ReferencedConstant the constant it recorded (<c>Catalog.Gaps.Shared001</c>); both are
/// null for a local gap.
/// </summary>
internal sealed record KnownGap(string Id, string Title, GapStatusKind Status, string StatusLocation, string? ReferencedConstant, IAssemblySymbol? Assembly);

/// <summary>
/// Every gap one compilation knows: its own gap documents first, then the <c>[assembly: GapDefinition]</c>
/// catalogs of referenced assemblies. Made once per compilation and cheap to make: the local index is kept across
/// compilations by <see cref="LocalGaps"/>, referenced catalogs are cached by <see cref="ReferencedCatalogs"/> and
/// only read when a local lookup misses, and constants are only looked up for the arguments that need one.
/// </summary>
internal sealed class KnownGaps
{
    private readonly Compilation _compilation;
    private readonly LocalGaps _local;
    private readonly string? _projectDirectory;
    private readonly Lazy<INamedTypeSymbol?> _localConstants;
    private readonly Lazy<Dictionary<string, ReferencedGap>> _referenced;

    public KnownGaps(Compilation compilation, LocalGaps local, string? projectDirectory, string? constantsNamespace, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _local = local;
        _projectDirectory = projectDirectory;

        // The generator writes namespace parts with '@' where they are keywords; metadata names have none.
        var constantsType = constantsNamespace is null ? "Gaps" : constantsNamespace.Replace("@", string.Empty) + ".Gaps";
        _localConstants = new(() => compilation.Assembly.GetTypeByMetadataName(constantsType));
        _referenced = new(() => ReferencedCatalogs.Collect(compilation, cancellationToken));
    }

    public bool TryGet(string id, out KnownGap gap)
    {
        if (_local.Index.TryGet(id, out var definition))
        {
            gap = FromDocument(definition);
            return true;
        }

        if (_referenced.Value.TryGetValue(id, out var referenced))
        {
            gap = new KnownGap(referenced.Id, referenced.Title, referenced.Status, referenced.StatusLocation, referenced.Constant, referenced.Assembly);
            return true;
        }

        gap = null!;
        return false;
    }

    /// <summary>Every known ID, local ones first: the candidates of a did-you-mean suggestion.</summary>
    public IEnumerable<string> Ids => _local.Index.Ids.Concat(_referenced.Value.Keys.Where(id => !_local.Index.TryGet(id, out _)));

    /// <summary>The generated constant for the gap, when it exists with that value and this compilation can use it.</summary>
    public IFieldSymbol? Constant(KnownGap gap)
    {
        if (gap.Assembly is null)
        {
            return _local.ConstantNames.TryGetValue(gap.Id, out var name) ? Usable(_localConstants.Value, name, gap.Id) : null;
        }

        var constant = gap.ReferencedConstant;
        var dot = constant?.LastIndexOf('.') ?? -1;
        if (dot <= 0 || dot == constant!.Length - 1)
        {
            return null;
        }

        var type = gap.Assembly.GetTypeByMetadataName(constant.Substring(0, dot).Replace("@", string.Empty));
        return Usable(type, constant.Substring(dot + 1), gap.Id);
    }

    private KnownGap FromDocument(GapDefinition definition)
    {
        var gap = definition.Gap;
        var status = gap.Field("Status");
        var line = (status?.Position ?? gap.Position).DisplayLine;
        var where = GapFiles.RelativePath(definition.Path, _projectDirectory) + ":" + line.ToString(CultureInfo.InvariantCulture);
        return new KnownGap(gap.Id, gap.Title, gap.Status, where, null, null);
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
