using System;
using System.Collections.Generic;
using System.Linq;

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
        => new(GapIndex.Create(files, projectDirectory), projectDirectory, idPrefixes);

    /// <summary>A document's path as users read it: relative to the project, with '/'.</summary>
    public string SourcePath(string path) => ProjectPaths.RelativePath(path, _projectDirectory);

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
}
