using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace GapModel.Generators.Model;

/// <summary>
/// The project's own gaps, as the generator emits them and the analyzers check them, made by <see cref="Create"/> alone:
/// the <see cref="GapIndex"/> (documents in order, the first definition of an ID standing), the name of each ID's
/// constant and the IDs whose names collide (named over all the project's IDs at once), and the documents' paths
/// relative to the project. The names are made on first use: most analyzer runs never ask for them.
/// </summary>
internal sealed class ProjectGaps
{
    private readonly string? _projectDirectory;
    private readonly Lazy<Dictionary<string, string>> _constantNames;
    private readonly Lazy<IReadOnlyList<ConstantNameCollision>> _nameCollisions;

    // Asked for once per gap (the catalog, the analyzers' messages) of a handful of documents: made once per document.
    private readonly ConcurrentDictionary<string, string> _sourcePaths = new(StringComparer.Ordinal);

    private static Made? s_last;

    private ProjectGaps(GapIndex index, string? projectDirectory, IReadOnlyList<string> idPrefixes)
    {
        Index = index;
        IdPrefixes = idPrefixes;
        _projectDirectory = projectDirectory;
        _constantNames = new(() => Model.ConstantNames.Assign(index.Definitions.Select(d => d.Gap.Id), idPrefixes));
        _nameCollisions = new(FindNameCollisions);
    }

    public GapIndex Index { get; }

    /// <summary>The project's ID prefixes (<c>GapModelIdPrefixes</c>), each with its hyphen: they name the constants.</summary>
    public IReadOnlyList<string> IdPrefixes { get; }

    /// <summary>The name of each ID's constant in the generated <c>Gaps</c> class.</summary>
    public IReadOnlyDictionary<string, string> ConstantNames => _constantNames.Value;

    /// <summary>Every gap whose constant name had to change because another ID maps to the same name.</summary>
    public IReadOnlyList<ConstantNameCollision> NameCollisions => _nameCollisions.Value;

    /// <param name="files">The project's gap documents as read, in any order; a path given twice is read once.</param>
    /// <param name="projectDirectory">The project directory, which paths are shown (and documents ordered) relative to.</param>
    /// <param name="idPrefixes">The project's ID prefixes, each with its trailing hyphen.</param>
    public static ProjectGaps Create(IEnumerable<GapFile> files, string? projectDirectory, IReadOnlyList<string> idPrefixes)
    {
        // The generator and the analyzers of a build ask for the gaps of the very same parses: the last ones made are
        // kept, so the constant names (made on first use, ~0.1 s at 5,000 gaps) are made once per build, not twice.
        var read = files.ToArray();
        if (Volatile.Read(ref s_last) is { } last && last.IsFor(read, projectDirectory, idPrefixes))
        {
            return last.Gaps;
        }

        var gaps = new ProjectGaps(GapIndex.Create(read, projectDirectory), projectDirectory, idPrefixes);
        Volatile.Write(ref s_last, new Made(read, projectDirectory, idPrefixes, gaps));
        return gaps;
    }

    /// <summary>A document's path as users read it: relative to the project, with '/'.</summary>
    public string SourcePath(string path)
        => _sourcePaths.TryGetValue(path, out var made) ? made : _sourcePaths.GetOrAdd(path, ProjectPaths.RelativePath(path, _projectDirectory));

    private IReadOnlyList<ConstantNameCollision> FindNameCollisions()
    {
        var names = ConstantNames;
        var collisions = new List<ConstantNameCollision>();
        foreach (var group in Model.ConstantNames.Collisions(names.Keys, IdPrefixes))
        {
            foreach (var id in group)
            {
                if (Index.TryGet(id, out var definition))
                {
                    collisions.Add(new ConstantNameCollision(definition, Model.ConstantNames.Simple(id, IdPrefixes), group.Where(other => other != id).ToList(), names[id]));
                }
            }
        }

        return collisions;
    }

    /// <summary>What the last gaps were made from: the same parsed documents (by reference), directory and prefixes.</summary>
    private sealed class Made(GapFile[] files, string? projectDirectory, IReadOnlyList<string> idPrefixes, ProjectGaps gaps)
    {
        public ProjectGaps Gaps { get; } = gaps;

        public bool IsFor(GapFile[] others, string? otherDirectory, IReadOnlyList<string> otherPrefixes)
        {
            if (others.Length != files.Length || !string.Equals(otherDirectory, projectDirectory, StringComparison.Ordinal) || !otherPrefixes.SequenceEqual(idPrefixes, StringComparer.Ordinal))
            {
                return false;
            }

            for (var i = 0; i < others.Length; i++)
            {
                if (!ReferenceEquals(others[i].Document, files[i].Document) || !string.Equals(others[i].Path, files[i].Path, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
