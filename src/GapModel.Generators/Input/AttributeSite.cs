using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Input;

/// <summary>Where attributes are read from: a symbol and what they are to it.</summary>
internal readonly record struct AttributeSite(ISymbol Symbol, SiteKind Kind);
