namespace GapModel.Generators.Model;

/// <summary>A place in a gap document: a character range and where it starts (0-based line and column).</summary>
internal readonly record struct SourcePosition(int Offset, int Length, int Line, int Column)
{
    /// <summary>The 1-based line, as editors and the catalog show it.</summary>
    public int DisplayLine => Line + 1;
}
