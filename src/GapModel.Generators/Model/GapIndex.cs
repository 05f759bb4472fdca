using System;
using System.Collections.Generic;
using System.Linq;

namespace GapModel.Generators.Model;

/// <summary>
/// The gaps of all documents: documents in ordinal order of their project-relative path with '/' (so Windows and
/// Linux pick the same first definition and generate the same bytes), gaps in document order, the first definition
/// of an ID standing; a file passed twice is read once. The generator and the analyzers both see the catalog
/// through this one rule.
/// </summary>
internal sealed class GapIndex
{
    private readonly Dictionary<string, GapDefinition> _byId;
    private readonly Dictionary<string, GapFile> _byPath;

    private GapIndex(IReadOnlyList<GapFile> files, List<GapDefinition> definitions, List<DuplicateDefinition> duplicates, Dictionary<string, GapDefinition> byId, Dictionary<string, GapFile> byPath)
    {
        Files = files;
        Definitions = definitions;
        CrossDocumentDuplicates = duplicates;
        _byId = byId;
        _byPath = byPath;
    }

    public IReadOnlyList<GapFile> Files { get; }

    public IReadOnlyList<GapDefinition> Definitions { get; }

    /// <summary>IDs defined again in a later document (duplicates inside one document are that document's own diagnostics).</summary>
    public IReadOnlyList<DuplicateDefinition> CrossDocumentDuplicates { get; }

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
        var byId = new Dictionary<string, GapDefinition>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            foreach (var gap in file.Document.Gaps)
            {
                var definition = new GapDefinition(gap, file.Path);
                if (byId.TryGetValue(gap.Id, out var first))
                {
                    duplicates.Add(new DuplicateDefinition(definition, first));
                    continue;
                }

                byId.Add(gap.Id, definition);
                definitions.Add(definition);
            }
        }

        return new GapIndex(ordered, definitions, duplicates, byId, byPath);
    }

    public bool TryGet(string id, out GapDefinition definition) => _byId.TryGetValue(id, out definition);

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
