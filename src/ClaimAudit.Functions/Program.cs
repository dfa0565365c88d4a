using ClaimAudit.Functions.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
// The ASP.NET Core integration first: its middleware hands the HttpContext to the ones after it.
builder.ConfigureFunctionsWebApplication();
builder.UseClaimAuditHttpPipeline();
builder.Services.AddClaimAuditFunctions(builder.Configuration);
builder.Build().Run();
