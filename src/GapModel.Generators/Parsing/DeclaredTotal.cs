using System;
using System.Collections.Generic;
using System.Globalization;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;

namespace GapModel.Generators.Parsing;

/// <summary>
/// The number of gaps a document says it defines (<c>**Total Gaps Identified:** 191</c>), from the first such field
/// with digits, wherever it is written, checked against the entries read (GM1005).
/// </summary>
internal sealed class DeclaredTotal
{
    private const string FieldName = "Total Gaps Identified";

    private SourcePosition _position;

    public int? Value { get; private set; }

    /// <summary>Whether the field is the declared total, a document fact rather than a field of the entry it is in.</summary>
    public bool TryRead(string name, string value, SourcePosition position)
    {
        if (!string.Equals(name, FieldName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var digits = 0;
        // ASCII only: int.TryParse rejects the other digits char.IsDigit accepts, and with them the whole number.
        while (digits < value.Length && value[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        if (Value is null
            && digits > 0
            && int.TryParse(value.Substring(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var total))
        {
            Value = total;
            _position = position;
        }

        return true;
    }

    /// <summary>Reports a declared total that differs from the <paramref name="defined"/> entries.</summary>
    public void Check(int defined, List<MarkdownDiagnostic> diagnostics)
    {
        if (Value is { } declared && declared != defined)
        {
            diagnostics.Add(DocumentDiagnostics.DeclaredTotalMismatch(declared, defined, _position));
        }
    }
}
