namespace KoersInsights.Demo.Surveys;

/// <summary>A catalogue question and where the generator asks it (doelgroep, vragenlijst) with its base score.</summary>
internal sealed record Question(
    string Code,
    string Tekst,
    string Thema,
    string Schaal,
    bool HogerIsBeter,
    string Doelgroep,
    string Vragenlijst,
    double Base);
