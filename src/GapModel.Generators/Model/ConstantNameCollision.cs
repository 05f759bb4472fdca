using System.Collections.Generic;

namespace GapModel.Generators.Model;

/// <summary>
/// A gap whose constant could not have its simple name (<see cref="ConstantNames.Simple(string, IReadOnlyList{string})"/>)
/// because other IDs of the project map to the same name ignoring case: it gets <c>AssignedName</c> instead.
/// </summary>
internal sealed record ConstantNameCollision(GapDefinition Definition, string SimpleName, IReadOnlyList<string> Others, string AssignedName);
