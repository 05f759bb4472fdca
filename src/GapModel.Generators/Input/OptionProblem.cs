namespace GapModel.Generators.Input;

/// <summary>An MSBuild property value that could not be used, and what is used instead.</summary>
internal sealed record OptionProblem(string Property, string Value, string Reason, string Fallback);
