using System.Text.RegularExpressions;

namespace ClaimAudit.Infra.Tests;

/// <summary>
/// The few facts of azure.yaml the tests need, read line by line (the file is small and flat;
/// no YAML library is referenced for it).
/// </summary>
internal static class AzureYaml
{
    public static string Text => File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "azure.yaml"));

    /// <summary>The services: name → their indented body lines.</summary>
    public static IReadOnlyDictionary<string, string[]> Services()
    {
        var lines = Text.Replace("\r\n", "\n").Split('\n');
        var services = new Dictionary<string, string[]>();
        var start = Array.FindIndex(lines, l => l.TrimEnd() == "services:");
        if (start < 0)
        {
            return services;
        }

        string? current = null;
        var body = new List<string>();
        foreach (var line in lines.Skip(start + 1))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('#'))
            {
                break; // next top-level key
            }

            var service = Regex.Match(line, @"^  (?<name>[A-Za-z0-9_-]+):\s*$");
            if (service.Success)
            {
                if (current is not null)
                {
                    services[current] = [.. body];
                }

                current = service.Groups["name"].Value;
                body.Clear();
            }
            else if (current is not null && line.Trim().Length > 0)
            {
                body.Add(line.Trim());
            }
        }

        if (current is not null)
        {
            services[current] = [.. body];
        }

        return services;
    }

    public static string? Value(IEnumerable<string> body, string key) =>
        body.Select(l => Regex.Match(l, $@"^{Regex.Escape(key)}:\s*(?<value>\S.*?)\s*$"))
            .Where(m => m.Success)
            .Select(m => m.Groups["value"].Value)
            .FirstOrDefault();

    /// <summary>Every `run:` script path of the hooks.</summary>
    public static IEnumerable<string> HookScripts() =>
        Regex.Matches(Text, @"^\s+run:\s*(?<path>\S+)\s*$", RegexOptions.Multiline).Select(m => m.Groups["path"].Value);
}
