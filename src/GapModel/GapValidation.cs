using System;

namespace GapModel;

/// <summary>One <c>[ValidatesGap]</c> of a project: the symbol that carries it and the criterion it validates.</summary>
public sealed class GapValidation
{
    /// <summary>Creates the record of one validation; called by generated code.</summary>
    public GapValidation(string symbol, int criterion)
    {
        Symbol = symbol ?? throw new ArgumentNullException(nameof(symbol));
        Criterion = criterion;
    }

    /// <summary>The symbol, as <c>GapCatalog.AddressedBy</c> shows symbols (<c>Shop.Tests.Checkout.Pays()</c>).</summary>
    public string Symbol { get; }

    /// <summary>The 1-based number of the validation criterion (see <see cref="GapInfo.ValidationCriteria"/>).</summary>
    public int Criterion { get; }

    /// <inheritdoc/>
    public override string ToString() => Symbol + " (criterion " + Criterion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
