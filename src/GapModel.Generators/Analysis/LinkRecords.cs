using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using GapModel.Generators.Model;
using GapModel.Shared;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Analysis;

/// <summary>
/// The links (<c>[AddressesGap]</c>, <c>[ValidatesGap]</c>) of a compilation and of every referenced assembly built
/// with GapModel, read from the <c>[assembly: GapLinks("…")]</c> record the generator writes into each: one
/// definition of "which code links to which gap" for this compilation and its references alike, whatever the
/// members' accessibility.
/// </summary>
internal sealed class LinkRecords
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, LinkRecords> ByReference = new();

    private readonly HashSet<string> _addressed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _validated = new(StringComparer.Ordinal);

    public bool IsAddressed(string id) => _addressed.Contains(id);

    public bool IsValidated(string id, int criterion) => _validated.TryGetValue(id, out var criteria) && criteria.Contains(criterion);

    public static LinkRecords Collect(Compilation compilation, CancellationToken cancellationToken)
    {
        var all = new LinkRecords();
        all.Add(compilation.Assembly);
        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && ReferencedCatalogs.ReferencesRuntime(assembly))
            {
                all.Merge(ByReference.GetValue(assembly, Read));
            }
        }

        return all;
    }

    private static LinkRecords Read(IAssemblySymbol assembly)
    {
        var records = new LinkRecords();
        records.Add(assembly);
        return records;
    }

    private void Add(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GapLinksAttribute" } type
                && type.ToDisplayString() == AttributeNames.GapLinks
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string links)
            {
                Parse(links);
            }
        }
    }

    /// <summary>One link a line (format on <c>GapModel.GapLinksAttribute</c>); a line not understood is skipped.</summary>
    private void Parse(string links)
    {
        foreach (var link in GapLinkFormat.Read(links))
        {
            if (link.Validates)
            {
                Validated(link.GapId).Add(link.Criterion);
            }
            else
            {
                _addressed.Add(link.GapId);
            }
        }
    }

    private void Merge(LinkRecords other)
    {
        _addressed.UnionWith(other._addressed);
        foreach (var pair in other._validated)
        {
            Validated(pair.Key).UnionWith(pair.Value);
        }
    }

    private HashSet<int> Validated(string id)
    {
        if (!_validated.TryGetValue(id, out var criteria))
        {
            criteria = new HashSet<int>();
            _validated.Add(id, criteria);
        }

        return criteria;
    }
}
