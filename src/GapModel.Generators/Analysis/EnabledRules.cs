using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Generators.Analysis;

/// <summary>
/// Whether a rule can be reported anywhere in a compilation, read once per compilation from the options users set it
/// with (<c>.editorconfig</c> sections per file, <c>.globalconfig</c>, <c>NoWarn</c>/<c>WarningsAsErrors</c> and
/// rule sets), so that work done only for an off-by-default rule (GM0004's constant lookup) is skipped while it is off.
/// </summary>
internal static class EnabledRules
{
    public static bool IsEnabled(Compilation compilation, DiagnosticDescriptor rule, CancellationToken cancellationToken)
    {
        var options = compilation.Options;
        if (options.SpecificDiagnosticOptions.TryGetValue(rule.Id, out var specific))
        {
            return IsOn(specific, rule);
        }

        var provider = options.SyntaxTreeOptionsProvider;
        if (provider is not null)
        {
            // A file's section may turn it on for that file alone.
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (provider.TryGetDiagnosticValue(tree, rule.Id, cancellationToken, out var perTree) && IsOn(perTree, rule))
                {
                    return true;
                }
            }

            if (provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out var global))
            {
                return IsOn(global, rule);
            }
        }

        return rule.IsEnabledByDefault;
    }

    private static bool IsOn(ReportDiagnostic value, DiagnosticDescriptor rule)
        => value != ReportDiagnostic.Suppress && (value != ReportDiagnostic.Default || rule.IsEnabledByDefault);
}
