namespace KoersInsights.Warehouse.Migrations;

/// <summary>Supplies the scripts of every group, each group in name order.</summary>
public interface IScriptProvider
{
    IReadOnlyList<SqlScript> GetScripts();
}
