using System;
using System.Linq;
using GapModel.Generators.Model;
using Xunit;

namespace GapModel.Tests.Model;

/// <summary>
/// The generator writes the runtime enums by name and the definitions by value. It compiles the runtime's own enum
/// files (linked sources); this fails if a copy of its own ever creeps back and drifts.
/// </summary>
public sealed class KindParityTests
{
    [Theory]
    [InlineData(typeof(GapStatusKind), typeof(GapStatus))]
    [InlineData(typeof(GapPriorityKind), typeof(GapPriority))]
    [InlineData(typeof(GapTypeKind), typeof(GapType))]
    [InlineData(typeof(GapScopeKind), typeof(GapScope))]
    public void The_generators_kinds_equal_the_runtime_enums(Type generator, Type runtime)
    {
        Assert.Equal(
            Enum.GetValues(runtime).Cast<object>().Select(v => (Enum.GetName(runtime, v), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))),
            Enum.GetValues(generator).Cast<object>().Select(v => (Enum.GetName(generator, v), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))));
    }
}
