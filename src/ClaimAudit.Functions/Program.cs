using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services.AddAuditStorage(builder.Configuration);
var api = new ApiOptions();
builder.Configuration.GetSection("ClaimAudit").Bind(api);
builder.Services.AddSingleton(api);
builder.Services.AddSingleton<ClinicAuthenticator>();

builder.Build().Run();
