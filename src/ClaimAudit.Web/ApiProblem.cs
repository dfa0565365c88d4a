using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClaimAudit.Web;

/// <summary>
/// RFC 9457 problem details as the API words them (PRODUCT.md section 6), <c>type</c> naming the status: one builder for
/// the Functions app and <c>claimaudit serve</c>, so the page reads the same problem from either.
/// </summary>
public static class ApiProblem
{
    private const string ProblemBase = "https://claimaudit.dev/problems/";

    /// <summary>
    /// <c>application/problem+json</c>; <paramref name="errors"/> (member <c>errors</c>) lists every reason when
    /// there are several (malformed body, rejected rows), <paramref name="batchId"/> (member <c>batchId</c>)
    /// names the batch an audit that did not succeed was recorded under.
    /// </summary>
    public static ProblemHttpResult Create(int status, string title, string detail, IReadOnlyList<string>? errors = null, string? batchId = null)
    {
        var problem = new ProblemDetails
        {
            Type = ProblemBase + title.ToLowerInvariant().Replace(' ', '-'),
            Title = title,
            Status = status,
            Detail = detail,
        };
        if (errors is not null) problem.Extensions["errors"] = errors;
        if (batchId is not null) problem.Extensions["batchId"] = batchId;
        return TypedResults.Problem(problem);
    }
}
