using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace GapModel.Generators.Model;

/// <summary>
/// The gaps of all documents: documents in ordinal order of their project-relative path with '/' (so Windows and
/// Linux pick the same first definition and generate the same bytes), gaps in document order, the first definition
/// of an ID standing; a file passed twice is read once. The generator and the analyzers both see the catalog
/// through this one rule.
/// </summary>
internal sealed class GapIndex
{
    private readonly List<GapDefinition> _definitions;
    private readonly Dictionary<string, int> _byId;
    private readonly Dictionary<string, GapFile> _byPath;

    private GapIndex(IReadOnlyList<GapFile> files, List<GapDefinition> definitions, List<DuplicateDefinition> duplicates, Dictionary<string, int> byId, Dictionary<string, GapFile> byPath)
    {
        Files = files;
        _definitions = definitions;
        CrossDocumentDuplicates = duplicates;
        _byId = byId;
        _byPath = byPath;
    }

    public IReadOnlyList<GapFile> Files { get; }

    public IReadOnlyList<GapDefinition> Definitions => _definitions;

    /// <summary>IDs defined again in a later document (duplicates inside one document are that document's own diagnostics).</summary>
    public IReadOnlyList<DuplicateDefinition> CrossDocumentDuplicates { get; }

    [MethodImpl(Optimized.Always)]
    public static GapIndex Create(IEnumerable<GapFile> files, string? projectDirectory)
    {
        var byPath = new Dictionary<string, GapFile>(StringComparer.Ordinal);
        var ordered = files
            .Select(f => (File: f, Key: ProjectPaths.RelativePath(f.Path, projectDirectory)))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ThenBy(f => f.File.Path, StringComparer.Ordinal)
            .Select(f => f.File)
            .Where(f => TryAdd(byPath, PathKey(f.Path), f))
            .ToList();
        var definitions = new List<GapDefinition>();
        var duplicates = new List<DuplicateDefinition>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            foreach (var gap in file.Document.Gaps)
            {
                var definition = new GapDefinition(gap, file.Path);
                if (byId.TryGetValue(gap.Id, out var first))
                {
                    duplicates.Add(new DuplicateDefinition(definition, definitions[first]));
                    continue;
                }

                byId.Add(gap.Id, definitions.Count);
                definitions.Add(definition);
            }
        }

        return new GapIndex(ordered, definitions, duplicates, byId, byPath);
    }

    public bool TryGet(string id, out GapDefinition definition)
    {
        if (_byId.TryGetValue(id, out var ordinal))
        {
            definition = _definitions[ordinal];
            return true;
        }

        definition = null!;
        return false;
    }

    /// <summary>Where the definition of <paramref name="id"/> stands in <see cref="Definitions"/>: a key for arrays made alongside them.</summary>
    public bool TryGetOrdinal(string id, out int ordinal) => _byId.TryGetValue(id, out ordinal);

    /// <summary>The document read for <paramref name="path"/> (the one kept, when a file was passed twice).</summary>
    public bool TryGetFile(string path, out GapFile file) => _byPath.TryGetValue(PathKey(path), out file!);

    public IEnumerable<string> Ids => _byId.Keys;

    private static string PathKey(string path) => path.Replace('\\', '/');

    private static bool TryAdd(Dictionary<string, GapFile> byPath, string key, GapFile file)
    {
        if (byPath.ContainsKey(key))
        {
            return false;
        }

        byPath.Add(key, file);
        return true;
    }
}
