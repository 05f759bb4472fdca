using GapModel.Generators.Input;

namespace GapModel.Generators.Generation;

/// <summary>What the emitters need besides the documents and links: the project's options and its compilation's facts.</summary>
internal sealed record GenerationSettings(ProjectOptions Options, LanguageFacts Language);
