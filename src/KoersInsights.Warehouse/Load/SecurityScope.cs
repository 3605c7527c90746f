using KoersInsights.Core;
using Microsoft.Extensions.Configuration;

namespace KoersInsights.Warehouse.Load;

/// <summary>
/// Who may see what in Power BI (row-level security): a user principal (Entra ID UPN) and one scope: the whole SWV, a
/// bestuur (bevoegd-gezagnummer), a subregio (name), a gemeente (CBS code) or a vestiging (vestigingscode).
/// Configured under <c>Koers:Security:Scopes:n</c> with keys <c>User</c>, <c>Niveau</c>, <c>Code</c>; written to
/// dw.security_scope by every load and expanded to vestigingen by rpt.security_scope.
/// </summary>
public sealed record SecurityScope(string UserPrincipal, string Niveau, string Code)
{
    private static readonly string[] Niveaus = ["swv", "bestuur", "subregio", "gemeente", "vestiging"];

    /// <summary>Null when the section is absent: the load then leaves dw.security_scope as it is.</summary>
    public static IReadOnlyList<SecurityScope>? FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Koers:Security:Scopes");
        if (!section.Exists())
        {
            return null;
        }

        return section.GetChildren().Select(s =>
        {
            var user = s["User"]?.Trim();
            var niveau = s["Niveau"]?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(user) || niveau is null || !Niveaus.Contains(niveau))
            {
                throw new KoersException($"Koers:Security:Scopes:{s.Key} needs User and Niveau (one of {string.Join(", ", Niveaus)})");
            }

            return new SecurityScope(user, niveau, s["Code"]?.Trim() ?? (niveau == "swv" ? "*" : string.Empty));
        }).ToList();
    }
}
