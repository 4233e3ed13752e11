using System.Reflection;
using System.Text;
using Flow.Engine.Documents;

namespace Flow.Engine.Tests.PublicApi;

/// <summary>
/// Locks Flow.Engine's public surface: a change to it must come with an update of
/// <c>Flow.Engine.approved.txt</c> (the received listing is written next to it on failure).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_FlowEngine_MatchesApprovedListing()
    {
        var received = Describe(typeof(Document).Assembly);
        var approvedPath = Path.Combine(SourceDirectory(), "Flow.Engine.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != received)
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "Flow.Engine.received.txt"), received);
        }

        Assert.Equal(approved, received);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(TypeLine(type));
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = new List<string>();
            foreach (var member in type.GetMembers(Flags))
            {
                if (!IsVisible(member))
                {
                    continue;
                }

                var line = MemberLine(member);
                if (line is not null)
                {
                    members.Add("  " + line);
                }
            }

            members.Sort(StringComparer.Ordinal);
            lines.AddRange(members);
        }

        return string.Join("\n", lines) + "\n";
    }

    private static bool IsVisible(MemberInfo m) => m switch
    {
        MethodBase b => b.IsPublic || b.IsFamily || b.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => (p.GetMethod ?? p.SetMethod) is { } a && IsVisible(a),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        _ => false,
    };

    private static string TypeLine(Type t)
    {
        var kind = t.IsEnum ? "enum" : t.IsValueType ? "struct" : t.IsInterface ? "interface" : t.IsSubclassOf(typeof(Delegate)) ? "delegate" : "class";
        var modifiers = t.IsAbstract && t.IsSealed ? "static " : t.IsSealed && !t.IsValueType && !t.IsEnum ? "sealed " : t.IsAbstract && !t.IsInterface ? "abstract " : string.Empty;
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(t.GetInterfaces().Select(Name).OrderBy(n => n, StringComparer.Ordinal));
        return $"{modifiers}{kind} {Name(t)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static string? MemberLine(MemberInfo m)
    {
        switch (m)
        {
            case ConstructorInfo c:
                return $"{(c.IsFamily ? "protected " : string.Empty)}ctor({Parameters(c.GetParameters())})";
            case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                if (method.Name is "Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "<Clone>$" or "Deconstruct")
                {
                    return null;
                }

                var generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
                return $"{(method.IsFamily || method.IsFamilyOrAssembly ? "protected " : string.Empty)}{(method.IsStatic ? "static " : string.Empty)}{(method.IsAbstract ? "abstract " : method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty)}{Name(method.ReturnType)} {method.Name}{generic}({Parameters(method.GetParameters())})";
            case PropertyInfo p:
                if (p.Name == "EqualityContract")
                {
                    return null;
                }

                var accessors = new StringBuilder();
                if (p.GetMethod is { IsPublic: true })
                {
                    accessors.Append(" get;");
                }

                if (p.SetMethod is { IsPublic: true } set)
                {
                    var init = set.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit");
                    accessors.Append(init ? " init;" : " set;");
                }

                var index = p.GetIndexParameters();
                var name = index.Length > 0 ? $"this[{Parameters(index)}]" : p.Name;
                var isStatic = (p.GetMethod ?? p.SetMethod)!.IsStatic ? "static " : string.Empty;
                return $"{isStatic}{Name(p.PropertyType)} {name} {{{accessors} }}";
            case FieldInfo f when !f.IsSpecialName:
                return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}";
            case EventInfo e:
                return $"event {Name(e.EventHandlerType!)} {e.Name}";
            default:
                return null;
        }
    }

    private static string Parameters(ParameterInfo[] parameters) =>
        string.Join(", ", parameters.Select(p => $"{(p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty)}{(p.IsOut ? "out " + Name(p.ParameterType.GetElementType()!) : Name(p.ParameterType))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Name(Type t)
    {
        if (t.IsByRef)
        {
            return "ref " + Name(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(t) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (t.IsGenericType)
        {
            var tick = t.Name.IndexOf('`');
            var raw = tick < 0 ? t.Name : t.Name[..tick];
            var owner = t.IsNested ? Name(t.DeclaringType!.IsGenericTypeDefinition ? t.DeclaringType.MakeGenericType(t.GetGenericArguments()) : t.DeclaringType) + "." : (t.Namespace is { } ns ? ns + "." : string.Empty);
            return tick < 0 && t.IsNested ? owner + raw : $"{owner}{raw}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";
        }

        return t.IsGenericParameter ? t.Name : t.FullName ?? t.Name;
    }
}
