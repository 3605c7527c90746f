namespace KoersInsights.Parquet.Schema;

/// <summary>A node of a Parquet schema. Only flat schemas exist here, so every field is a <see cref="DataField"/>.</summary>
public abstract class Field
{
    protected Field(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }
}
