namespace KoersInsights.Demo.Randomness;

/// <summary>Labels that separate the random streams, so adding a stream never shifts another one.</summary>
internal enum Purpose
{
    Region = 1,
    Size,
    Profile,
    Pupil,
    Trajectvoorziening,
    Observatie,
    Opp,
    Ondersteuning,
    Verzuim,
    Doorstroom,
    Tlv,
    Consultatie,
    Middelen,
    Enquete,
    Examens,
    Delivery,
    Bad,
}
