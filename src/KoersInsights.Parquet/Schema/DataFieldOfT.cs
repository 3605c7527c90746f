namespace KoersInsights.Parquet.Schema;

/// <summary>A column typed by <typeparamref name="T"/>; <c>DataField&lt;int?&gt;</c> is an optional INT32.</summary>
#pragma warning disable CA1711 // the name follows the Parquet.Net convention the project may later swap to
public sealed class DataField<T> : DataField
#pragma warning restore CA1711
{
    public DataField(string name, bool? isNullable = null)
        : base(name, typeof(T), isNullable)
    {
    }
}
