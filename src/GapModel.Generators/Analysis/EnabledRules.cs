using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Analysis;

/// <summary>
/// Which of an analyzer's rules can be reported anywhere in a compilation, read once per compilation from the options
/// users set them with (<c>.editorconfig</c> sections per file, <c>.globalconfig</c>, <c>NoWarn</c>/<c>WarningsAsErrors</c>
/// and rule sets). A rule that is off costs nothing: its diagnostic is never made, and work done only for it (GM0004's
/// constant lookup) is skipped. The compiler would drop such a diagnostic anyway, but only after it was made, located
/// and checked for generated code, once per attribute.
/// </summary>
internal sealed class EnabledRules
{
    private readonly HashSet<string> _on;

    private EnabledRules(HashSet<string> on) => _on = on;

    public static EnabledRules Read(Compilation compilation, ImmutableArray<DiagnosticDescriptor> rules, CancellationToken cancellationToken)
    {
        var on = new HashSet<string>();
        foreach (var rule in rules)
        {
            if (IsEnabled(compilation, rule, cancellationToken))
            {
                on.Add(rule.Id);
            }
        }

        return new EnabledRules(on);
    }

    public bool IsOn(DiagnosticDescriptor rule) => _on.Contains(rule.Id);

    private static bool IsEnabled(Compilation compilation, DiagnosticDescriptor rule, CancellationToken cancellationToken)
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
