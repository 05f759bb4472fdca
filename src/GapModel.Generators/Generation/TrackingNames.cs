namespace GapModel.Generators.Generation;

/// <summary>Step names the incremental tests look for.</summary>
internal static class TrackingNames
{
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string Options = nameof(Options);
    public const string Language = nameof(Language);
    public const string Catalog = nameof(Catalog);
    public const string Constants = nameof(Constants);
    public const string Addresses = nameof(Addresses);
    public const string Validations = nameof(Validations);
    public const string AddressesElsewhere = nameof(AddressesElsewhere);
    public const string LinkRecord = nameof(LinkRecord);
}
