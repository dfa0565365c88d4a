namespace ClaimAudit.Functions.Http;

/// <summary>
/// An HTTP function that answers without a clinic key (<c>/api/health</c>, the page at <c>/api/ui</c>). Every other HTTP
/// function needs one (<see cref="ClinicAuthenticationMiddleware"/>): a new route is closed unless it says this.
/// </summary>
/// <remarks>
/// Every HTTP trigger is <c>AuthorizationLevel.Anonymous</c> to the Functions host: the clinic key is the API's one key.
/// The host's function keys were a second, shared secret in front of it, and the page (PRODUCT.md section 14) can hold
/// only what a billing manager types in — the clinic key.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PublicRouteAttribute : Attribute;
