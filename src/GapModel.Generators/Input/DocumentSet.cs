using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Input;

/// <summary>
/// The project's gap documents as one pipeline value: equal when they are the very same texts in the same order
/// (an <see cref="AdditionalText"/> has no value equality). A class around the array, for the reason
/// <see cref="Model.EquatableArray{T}"/> is one.
/// </summary>
internal sealed class DocumentSet(ImmutableArray<AdditionalText> texts) : IEquatable<DocumentSet>
{
    public ImmutableArray<AdditionalText> Texts { get; } = texts;

    public bool Equals(DocumentSet? other)
    {
        if (other is null || other.Texts.Length != Texts.Length)
        {
            return false;
        }

        for (var i = 0; i < Texts.Length; i++)
        {
            if (!ReferenceEquals(Texts[i], other.Texts[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is DocumentSet other && Equals(other);

    public override int GetHashCode() => Texts.Length;
}
