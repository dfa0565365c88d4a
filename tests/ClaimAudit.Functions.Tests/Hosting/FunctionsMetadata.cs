using System.Reflection;
using System.Text.Json;
using ClaimAudit.Functions.Http;

namespace ClaimAudit.Functions.Tests.Hosting;

/// <summary>One function as the build's functions.metadata declares it to the Functions host.</summary>
/// <param name="Trigger">The binding whose type ends in <c>Trigger</c> (<c>httpTrigger</c>, <c>blobTrigger</c>).</param>
public sealed record FunctionEntry(string Name, string ScriptFile, string EntryPoint, JsonElement Trigger)
{
    public string TriggerType => Trigger.GetProperty("type").GetString()!;
    public bool IsHttp => TriggerType == "httpTrigger";

    /// <summary>The HTTP route without the <c>api/</c> prefix (the host adds it, host.json sets no other).</summary>
    public string Route => Trigger.GetProperty("route").GetString()!;
    public IReadOnlyList<string> Methods => Trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToList();

    /// <summary><c>Anonymous</c>, <c>Function</c> or <c>Admin</c>, as the metadata says (not as the code's attribute says).</summary>
    public string AuthLevel => Trigger.TryGetProperty("authLevel", out var level) ? level.GetString()! : "Function";
    public bool IsAnonymous => string.Equals(AuthLevel, "Anonymous", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the app asks this HTTP function's caller for a clinic key (<see cref="HttpPipeline.NeedsClinicKey(string)"/> on the metadata's entry point).</summary>
    public bool NeedsClinicKey => IsHttp && HttpPipeline.NeedsClinicKey(EntryPoint);

    /// <summary>The blob trigger's path, <c>container/{placeholder}/…</c>.</summary>
    public string BlobPath => Trigger.GetProperty("path").GetString()!;

    /// <summary>The class and method the entry point names, in the assembly <see cref="ScriptFile"/> names.</summary>
    public (Type Type, MethodInfo Method) Resolve()
    {
        var assembly = typeof(HttpPipeline).Assembly;
        if (!string.Equals(Path.GetFileName(assembly.Location), ScriptFile, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{Name}: scriptFile '{ScriptFile}' is not {Path.GetFileName(assembly.Location)}, the app the tests reference");
        var dot = EntryPoint.LastIndexOf('.');
        var type = assembly.GetType(EntryPoint[..dot])
            ?? throw new InvalidOperationException($"{Name}: entryPoint '{EntryPoint}' names no class of {ScriptFile}");
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(m => m.Name == EntryPoint[(dot + 1)..]).ToList();
        if (methods.Count != 1) throw new InvalidOperationException($"{Name}: entryPoint '{EntryPoint}' names {methods.Count} methods, not one");
        return (type, methods[0]);
    }
}

/// <summary>The functions.metadata the Functions SDK generated in the app's build output: all the host knows of the functions.</summary>
public static class FunctionsMetadata
{
    /// <summary>
    /// tests/…/bin/{Configuration}/{tfm}/ → src/ClaimAudit.Functions/bin/{Configuration}/{tfm}/functions.metadata, the file
    /// <see cref="FunctionsMetadataTests"/> checks.
    /// </summary>
    public static string Path
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory);
            var root = output;
            while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "Functions.sln"))) root = root.Parent;
            if (root is null) throw new InvalidOperationException($"no Functions.sln above {AppContext.BaseDirectory}");
            return System.IO.Path.Combine(root.FullName, "src", "ClaimAudit.Functions", "bin", output.Parent!.Name, output.Name, "functions.metadata");
        }
    }

    public static IReadOnlyList<FunctionEntry> Load(string? path = null)
    {
        path ??= Path;
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} is missing: build src/ClaimAudit.Functions");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().Select(f => new FunctionEntry(
            f.GetProperty("name").GetString()!,
            f.GetProperty("scriptFile").GetString()!,
            f.GetProperty("entryPoint").GetString()!,
            f.GetProperty("bindings").EnumerateArray().First(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone()))
            .ToList();
    }
}
