using ClaimAudit.Functions;
using ClaimAudit.Functions.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
// The ASP.NET Core integration first: its middleware hands the HttpContext to the ones after it.
builder.ConfigureFunctionsWebApplication();
builder.UseClaimAuditHttpPipeline();
builder.Services.AddClaimAuditFunctions(builder.Configuration);
// The audit stops a batch that runs past the function timeout minus a margin (issue 14).
builder.Services.AddSingleton(AuditBudgets.FromConfiguration(builder.Configuration));
builder.Build().Run();
