using System.Collections.Generic;
using System.Threading.Tasks;
using GapModel.Generators.Generation;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Generators.Emit;

/// <summary>The files a catalog spec gives: the constants always, the catalog and its link lookups unless turned off, the definitions when recorded.</summary>
internal static class CatalogFiles
{
    public static IReadOnlyList<(string HintName, SourceText Text)> Write(CatalogSpec spec)
    {
        // The two large files are written at once, on two cores.
        var catalog = spec.GenerateCatalog ? Task.Run(() => CatalogEmitter.Emit(spec).ToSourceText()) : null;
        var files = new List<(string, SourceText)> { ("Gaps.g.cs", ConstantsEmitter.Emit(spec).ToSourceText()) };
        if (catalog is not null)
        {
            files.Add(("GapCatalog.g.cs", catalog.GetAwaiter().GetResult()));
            files.Add(("GapCatalog.AddressedBy.g.cs", AddressedByEmitter.Emit(spec).ToSourceText()));
        }

        if (spec.RecordsDefinitions)
        {
            files.Add(("GapDefinitions.g.cs", DefinitionsEmitter.Emit(spec).ToSourceText()));
        }

        return files;
    }
}
