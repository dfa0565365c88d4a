using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Tests.Hosting;

/// <summary>
/// One invocation's <see cref="FunctionContext"/> in <see cref="FunctionsTestHost"/>: its items (where the worker's ASP.NET Core
/// integration puts the request's <see cref="HttpContext"/>, read by <c>GetHttpContext()</c>, and where
/// <see cref="ClaimAudit.Functions.Http.ClinicAuthenticator"/> remembers the caller), its services and the definition the
/// metadata gives. What the functions and the app's middleware do not use throws.
/// </summary>
internal sealed class HostInvocation : FunctionContext
{
    // The key Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore keeps the invocation's HttpContext under.
    internal const string HttpContextItem = "HttpRequestContext";

    public HostInvocation(FunctionEntry function, IServiceProvider services, HttpContext? http, CancellationToken cancellationToken)
    {
        FunctionDefinition = new Definition(function);
        InstanceServices = services;
        CancellationToken = cancellationToken;
        if (http is not null) Items[HttpContextItem] = http;
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString();
    public override string FunctionId => FunctionDefinition.Id;
    public override IServiceProvider InstanceServices { get; set; }
    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();
    public override FunctionDefinition FunctionDefinition { get; }
    public override CancellationToken CancellationToken { get; }
    public override TraceContext TraceContext => throw new NotSupportedException();
    public override BindingContext BindingContext => throw new NotSupportedException();
    public override RetryContext RetryContext => throw new NotSupportedException();
    public override IInvocationFeatures Features => throw new NotSupportedException();

    private sealed class Binding(string name, string type) : BindingMetadata
    {
        public override string Name => name;
        public override string Type => type;
        public override BindingDirection Direction => BindingDirection.In;
    }

    private sealed class Definition(FunctionEntry function) : FunctionDefinition
    {
        public override string Name => function.Name;
        public override string EntryPoint => function.EntryPoint;
        public override string Id => function.Name;
        public override string PathToAssembly => typeof(ClaimAudit.Functions.Http.HttpPipeline).Assembly.Location;
        public override ImmutableArray<FunctionParameter> Parameters => [];
        public override IImmutableDictionary<string, BindingMetadata> InputBindings { get; } =
            ImmutableDictionary<string, BindingMetadata>.Empty.Add(function.Trigger.GetProperty("name").GetString()!,
                new Binding(function.Trigger.GetProperty("name").GetString()!, function.TriggerType));
        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
