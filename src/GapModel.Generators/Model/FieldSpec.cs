namespace GapModel.Generators.Model;

/// <summary>One <c>**Name:** value</c> field of an entry, with the checklist items listed under it.</summary>
internal sealed record FieldSpec(string Name, string Value, EquatableArray<ChecklistItemSpec> Items, SourcePosition Position)
{
    /// <summary>The first field with the given name, compared case-insensitively (names are kept as written), or <see langword="null"/>.</summary>
    public static FieldSpec? Find(EquatableArray<FieldSpec> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (string.Equals(fields[i].Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return fields[i];
            }
        }

        return null;
    }
}
