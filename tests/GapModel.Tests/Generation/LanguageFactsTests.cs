using System.Linq;
using GapModel.Generators.Generation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GapModel.Tests.Generation;

/// <summary>
/// Whether the assembly names a friend, read from syntax: never "no" where the compiler binds an
/// <c>InternalsVisibleTo</c> (a friend would then miss the gaps of an internal catalog).
/// </summary>
public sealed class LanguageFactsTests
{
    private static bool BindsFriend(Compilation compilation)
        => compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Runtime.CompilerServices.InternalsVisibleToAttribute");

    [Theory]
    [InlineData("""[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App.Tests")]""")]
    [InlineData("""[assembly: global::System.Runtime.CompilerServices.InternalsVisibleToAttribute("App.Tests")]""")]
    [InlineData("""
        using System.Runtime.CompilerServices;
        [assembly: InternalsVisibleTo("App.Tests")]
        """)]
    [InlineData("""
        using Friend = System.Runtime.CompilerServices.InternalsVisibleToAttribute;
        [assembly: Friend("App.Tests")]
        """)]
    [InlineData("""
        using Rt = System.Runtime.CompilerServices;
        [assembly: System.Reflection.AssemblyCompany("Shop"), Rt::InternalsVisibleTo("App.Tests")]
        """)]
    public void A_friend_however_it_is_spelled_is_seen(string source)
    {
        var compilation = GeneratorHarness.CreateCompilation(source, "class C { }");

        Assert.True(BindsFriend(compilation));
        Assert.True(LanguageFacts.MayNameFriends(compilation));
    }

    [Fact]
    public void A_global_alias_declared_in_another_file_is_seen()
    {
        var compilation = GeneratorHarness.CreateCompilation(
            "global using Friend = System.Runtime.CompilerServices.InternalsVisibleToAttribute;",
            """[assembly: Friend("App.Tests")]""");

        Assert.True(BindsFriend(compilation));
        Assert.True(LanguageFacts.MayNameFriends(compilation));
    }

    [Theory]
    [InlineData("""[assembly: System.Reflection.AssemblyCompany("Shop")]""")]
    [InlineData("""
        #if NEVER
        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App.Tests")]
        #endif
        """)]
    [InlineData("""
        [module: System.Runtime.CompilerServices.SkipLocalsInit]
        class C { [System.Obsolete("InternalsVisibleTo")] void M() { } }
        """)]
    public void No_friend_is_no(string source)
    {
        var compilation = GeneratorHarness.CreateCompilation(source);

        Assert.False(BindsFriend(compilation));
        Assert.False(LanguageFacts.MayNameFriends(compilation));
    }
}
