namespace GapModel.Generators.Input;

/// <summary>What an attribute site is to the symbol it is read from, for its display.</summary>
internal enum SiteKind
{
    /// <summary>The symbol's own attributes.</summary>
    Own,

    /// <summary><c>[return: ...]</c>: the method's return-value attributes.</summary>
    ReturnValue,

    /// <summary><c>[field: ...]</c> on an auto-property or a field-like event: the symbol is the property or event.</summary>
    BackingField,

    /// <summary><c>[method: ...]</c> on a field-like event: the symbol is the event, the attributes its add accessor's.</summary>
    Accessors,
}
