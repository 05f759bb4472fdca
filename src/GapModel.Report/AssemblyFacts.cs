using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using GapModel.Shared;

namespace GapModel.Report;

/// <summary>One gap as a built assembly records it (<c>[assembly: GapModel.GapDefinition(...)]</c>).</summary>
internal sealed record Definition(string Id, string Title, int Status, int Priority, string SourcePath, int Line, string? Constant, string Fingerprint, IReadOnlyList<string> Criteria);

/// <summary>
/// What the report needs from one assembly, read from its metadata without loading it: its gap definitions and link
/// records, its friends (<c>InternalsVisibleTo</c>) and which of its types are public.
/// </summary>
internal sealed class AssemblyFacts
{
    private readonly HashSet<string> _publicTypes = new(StringComparer.Ordinal);

    private AssemblyFacts(string name) => Name = name;

    public string Name { get; }

    public List<Definition> Definitions { get; } = new();

    public List<GapLinkRecord> Links { get; } = new();

    public HashSet<string> Friends { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsPublicType(string fullName) => _publicTypes.Contains(fullName);

    /// <summary>The facts of an assembly, or null when the file is not one or references no GapModel.</summary>
    public static AssemblyFacts? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return null;
            }

            var reader = pe.GetMetadataReader();
            if (!reader.IsAssembly || !reader.AssemblyReferences.Any(h => reader.GetString(reader.GetAssemblyReference(h).Name) == "GapModel"))
            {
                return null;
            }

            var facts = new AssemblyFacts(reader.GetString(reader.GetAssemblyDefinition().Name));
            facts.ReadTypes(reader);
            facts.ReadAttributes(reader);
            return facts;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private void ReadTypes(MetadataReader reader)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
            {
                var ns = reader.GetString(type.Namespace);
                _publicTypes.Add(ns.Length == 0 ? reader.GetString(type.Name) : ns + "." + reader.GetString(type.Name));
            }
        }
    }

    private void ReadAttributes(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            var name = AttributeName(reader, attribute);
            if (name is not ("GapModel.GapDefinitionsAttribute" or "GapModel.GapDefinitionAttribute" or "GapModel.GapLinksAttribute" or "System.Runtime.CompilerServices.InternalsVisibleToAttribute"))
            {
                continue;
            }

            CustomAttributeValue<string> value;
            try
            {
                value = attribute.DecodeValue(TypeNames.Instance);
            }
            catch (BadImageFormatException)
            {
                continue;
            }

            switch (name)
            {
                case "GapModel.GapDefinitionsAttribute":
                    if (value.FixedArguments is [{ Value: string records }])
                    {
                        Definitions.AddRange(GapDefinitionFormat.Read(records).Select(r => new Definition(
                            r.Id, r.Title, r.Status, r.Priority, r.SourcePath, r.Line, r.Constant.Length == 0 ? null : r.Constant, r.Fingerprint, r.Criteria)));
                    }

                    break;
                case "GapModel.GapDefinitionAttribute":
                    if (ToDefinition(value) is { } definition)
                    {
                        Definitions.Add(definition);
                    }

                    break;
                case "GapModel.GapLinksAttribute":
                    if (value.FixedArguments is [{ Value: string links }])
                    {
                        Links.AddRange(GapLinkFormat.Read(links));
                    }

                    break;
                default:
                    if (value.FixedArguments is [{ Value: string friend }])
                    {
                        Friends.Add(friend.Split(',')[0].Trim());
                    }

                    break;
            }
        }
    }

    private static Definition? ToDefinition(CustomAttributeValue<string> value)
    {
        if (value.FixedArguments is not [{ Value: string id }, { Value: string title }, { Value: int status }, { Value: string path }, { Value: int line }])
        {
            return null;
        }

        string? constant = null;
        var fingerprint = string.Empty;
        var priority = 0;
        IReadOnlyList<string> criteria = Array.Empty<string>();
        foreach (var named in value.NamedArguments)
        {
            switch (named.Name)
            {
                case "Constant": constant = named.Value as string; break;
                case "Fingerprint": fingerprint = named.Value as string ?? string.Empty; break;
                case "Priority" when named.Value is int p: priority = p; break;
                case "Criteria" when named.Value is ImmutableArray<CustomAttributeTypedArgument<string>> items:
                    criteria = items.Select(i => i.Value as string ?? string.Empty).ToList();
                    break;
            }
        }

        return new Definition(id, title, status, priority, path, line, constant, fingerprint, criteria);
    }

    private static string AttributeName(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle type = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        return type.Kind switch
        {
            HandleKind.TypeReference when reader.GetTypeReference((TypeReferenceHandle)type) is var reference
                => reader.GetString(reference.Namespace) + "." + reader.GetString(reference.Name),
            HandleKind.TypeDefinition when reader.GetTypeDefinition((TypeDefinitionHandle)type) is var definition
                => reader.GetString(definition.Namespace) + "." + reader.GetString(definition.Name),
            _ => string.Empty,
        };
    }

    /// <summary>Types as names; every enum in GapModel's attributes is an int.</summary>
    private sealed class TypeNames : ICustomAttributeTypeProvider<string>
    {
        public static readonly TypeNames Instance = new();

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
