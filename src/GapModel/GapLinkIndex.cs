using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Reflection;
using GapModel.Shared;

namespace GapModel;

/// <summary>
/// The links an assembly records in its <see cref="GapLinksAttribute"/> (its <c>[AddressesGap]</c> and
/// <c>[ValidatesGap]</c>), grouped by gap ID: what the generated <c>GapCatalog.AddressedBy</c> and <c>ValidatedBy</c>
/// return. Read from the record the assembly carries anyway rather than from data compiled a second time; grouped
/// once, on first use. Called by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GapLinkIndex
{
    private static readonly ReadOnlyCollection<string> NoSymbols = new(new string[0]);
    private static readonly ReadOnlyCollection<GapValidation> NoValidations = new(new GapValidation[0]);

    private readonly Dictionary<string, ReadOnlyCollection<string>> _addressedBy;
    private readonly Dictionary<string, ReadOnlyCollection<GapValidation>> _validatedBy;

    private GapLinkIndex(Dictionary<string, ReadOnlyCollection<string>> addressedBy, Dictionary<string, ReadOnlyCollection<GapValidation>> validatedBy)
    {
        _addressedBy = addressedBy;
        _validatedBy = validatedBy;
    }

    /// <summary>Reads and groups the links <paramref name="assembly"/> records.</summary>
    public static GapLinkIndex Read(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        var records = new List<string>();
        foreach (var attribute in assembly.GetCustomAttributes(typeof(GapLinksAttribute), inherit: false))
        {
            records.Add(((GapLinksAttribute)attribute).Links);
        }

        return Create(records);
    }

    /// <summary>Groups the links of <paramref name="records"/> (each the text of one <see cref="GapLinksAttribute"/>).</summary>
    private static GapLinkIndex Create(IEnumerable<string> records)
    {
        var symbols = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var validations = new Dictionary<string, List<GapValidation>>(StringComparer.Ordinal);
        foreach (var record in records ?? throw new ArgumentNullException(nameof(records)))
        {
            foreach (var link in GapLinkFormat.Read(record ?? string.Empty))
            {
                if (link.Validates)
                {
                    Add(validations, link.GapId, new GapValidation(link.Symbol, link.Criterion));
                }
                else
                {
                    Add(symbols, link.GapId, link.Symbol);
                }
            }
        }

        // The same symbol appears once per place it is written (a partial member's two halves): once here.
        var addressedBy = new Dictionary<string, ReadOnlyCollection<string>>(symbols.Count, StringComparer.Ordinal);
        foreach (var pair in symbols)
        {
            pair.Value.Sort(StringComparer.Ordinal);
            addressedBy.Add(pair.Key, new ReadOnlyCollection<string>(Distinct(pair.Value, (a, b) => a == b)));
        }

        var validatedBy = new Dictionary<string, ReadOnlyCollection<GapValidation>>(validations.Count, StringComparer.Ordinal);
        foreach (var pair in validations)
        {
            pair.Value.Sort((a, b) => a.Criterion != b.Criterion ? a.Criterion.CompareTo(b.Criterion) : string.CompareOrdinal(a.Symbol, b.Symbol));
            validatedBy.Add(pair.Key, new ReadOnlyCollection<GapValidation>(Distinct(pair.Value, (a, b) => a.Criterion == b.Criterion && a.Symbol == b.Symbol)));
        }

        return new GapLinkIndex(addressedBy, validatedBy);
    }

    /// <summary>The symbols marked <c>[AddressesGap]</c> for the gap, sorted ordinally; empty when none.</summary>
    public IReadOnlyList<string> AddressedBy(string? id)
        => id is not null && _addressedBy.TryGetValue(id, out var found) ? found : NoSymbols;

    /// <summary>The symbols marked <c>[ValidatesGap]</c> for the gap, sorted by criterion, then symbol; empty when none.</summary>
    public IReadOnlyList<GapValidation> ValidatedBy(string? id)
        => id is not null && _validatedBy.TryGetValue(id, out var found) ? found : NoValidations;

    private static void Add<T>(Dictionary<string, List<T>> groups, string id, T item)
    {
        if (!groups.TryGetValue(id, out var group))
        {
            group = new List<T>();
            groups.Add(id, group);
        }

        group.Add(item);
    }

    // The sorted list without neighbours equal to the one before.
    private static IList<T> Distinct<T>(List<T> sorted, Func<T, T, bool> same)
    {
        var kept = new List<T>(sorted.Count);
        foreach (var item in sorted)
        {
            if (kept.Count == 0 || !same(kept[kept.Count - 1], item))
            {
                kept.Add(item);
            }
        }

        return kept;
    }
}
