// The generator compiles the runtime's enums (GapModel.GapStatus, ...) into its own namespace, since the compiler
// never loads GapModel.dll. Tests that compare what the parser read name the generator's copies by these aliases.
global using GapPriorityKind = GapModel.Generators.Model.GapPriority;
global using GapScopeKind = GapModel.Generators.Model.GapScope;
global using GapStatusKind = GapModel.Generators.Model.GapStatus;
global using GapTypeKind = GapModel.Generators.Model.GapType;
