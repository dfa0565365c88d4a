using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClaimAudit.Infra.Tests;

/// <summary>
/// infra/main.bicep compiled once with the real Bicep compiler, and the ARM JSON it produced.
/// Modules compile to nested Microsoft.Resources/deployments, so resources are collected with
/// the deployment (template) that holds them.
/// </summary>
public sealed class CompiledTemplate : IDisposable
{
    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("claimaudit-bicep-").FullName;

    public CompiledTemplate()
    {
        var outFile = Path.Combine(_outputDirectory, "main.json");
        BuildResult = TestEnvironment.Run(TestEnvironment.BicepPath, ["build", TestEnvironment.MainBicep, "--outfile", outFile]);
        if (BuildResult.ExitCode != 0 || !File.Exists(outFile))
        {
            throw new InvalidOperationException($"bicep build failed ({BuildResult.ExitCode}): {BuildResult.Combined}");
        }

        Json = File.ReadAllText(outFile);
        Root = new TemplateScope("main", JsonNode.Parse(Json)!.AsObject(), null);
    }

    public ProcessResult BuildResult { get; }

    /// <summary>The compiled ARM JSON text.</summary>
    public string Json { get; }

    public TemplateScope Root { get; }

    /// <summary>Every resource of every template, nested deployments included.</summary>
    public IEnumerable<TemplateResource> AllResources => Root.Descendants();

    public IEnumerable<TemplateResource> OfType(string type) =>
        AllResources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public TemplateResource Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"expected exactly one {type}, found {matches.Count}");
        return matches[0];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_outputDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>One ARM template: the main one or the inline template of a module deployment.</summary>
public sealed class TemplateScope(string deploymentName, JsonObject template, TemplateResource? deployment)
{
    public string DeploymentName { get; } = deploymentName;

    public JsonObject Template { get; } = template;

    /// <summary>The Microsoft.Resources/deployments resource in the parent template (null for main).</summary>
    public TemplateResource? Deployment { get; } = deployment;

    /// <summary>Resources of this template; symbolic-name templates (languageVersion 2.0) hold an object.</summary>
    public IEnumerable<TemplateResource> Resources => Template["resources"] switch
    {
        JsonArray array => array.Select(node => new TemplateResource(node!.AsObject(), this)),
        JsonObject map => map.Select(pair => new TemplateResource(pair.Value!.AsObject(), this)),
        _ => [],
    };

    public IEnumerable<TemplateResource> Descendants()
    {
        foreach (var resource in Resources)
        {
            yield return resource;
            if (resource.NestedTemplate is { } nested)
            {
                foreach (var inner in nested.Descendants())
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The value the parent passes for one of this module's parameters (an expression or a literal).</summary>
    public JsonNode? ParameterValue(string name) =>
        Deployment?.Node["properties"]?["parameters"]?[name]?["value"];

    /// <summary>
    /// Replaces <c>variables('x')</c> and <c>variables('x').y</c> that name string variables of this
    /// template by the quoted literal, so an expression can be checked for the value it uses.
    /// </summary>
    public string ResolveVariables(string expression) =>
        Regex.Replace(expression, @"variables\('(?<name>\w+)'\)(?:\.(?<member>\w+))?", match =>
        {
            var variable = Template["variables"]?[match.Groups["name"].Value];
            if (match.Groups["member"].Success)
            {
                variable = variable?[match.Groups["member"].Value];
            }

            return variable is JsonValue value && value.TryGetValue<string>(out var text) ? $"'{text}'" : match.Value;
        });
}

public sealed class TemplateResource(JsonObject node, TemplateScope scope)
{
    public JsonObject Node { get; } = node;

    public TemplateScope Scope { get; } = scope;

    public string Type => (string)Node["type"]!;

    public string Name => (string)Node["name"]!;

    public JsonNode? Properties => Node["properties"];

    public string? String(string path)
    {
        JsonNode? current = Node;
        foreach (var part in path.Split('.'))
        {
            current = current?[part];
        }

        return current is JsonValue value && value.TryGetValue<string>(out var text) ? text : current?.ToJsonString();
    }

    public TemplateScope? NestedTemplate =>
        string.Equals(Type, "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)
        && Node["properties"]?["template"] is JsonObject template
            ? new TemplateScope(Name, template, this)
            : null;
}
