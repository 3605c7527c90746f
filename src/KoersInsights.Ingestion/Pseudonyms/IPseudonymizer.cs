namespace KoersInsights.Ingestion.Pseudonyms;

/// <summary>Turns a pupil or respondent identifier into its pseudonym at the ingestion boundary.</summary>
public interface IPseudonymizer
{
    /// <summary>64 lower-case hex characters; the same for the same normalised id and key.</summary>
    string Pseudonymize(string clearId);
}
