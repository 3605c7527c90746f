namespace KoersInsights.Demo.Surveys;

/// <summary>
/// The demo question catalogue (<c>vragen.csv</c>): the five themes and three scales of sources.md §3. Base is the
/// mean answer at the nulmeting on 1-5 and 1-10 scales, or the share answering "ja" on ja-nee.
/// </summary>
internal static class VragenCatalogue
{
    public static IReadOnlyList<Question> Questions { get; } =
    [
        new("TEV_L01", "Ik krijg op school de hulp die ik nodig heb", "tevredenheid_ondersteuning", "1-5", true, "leerling", "tevredenheid", 3.5),
        new("TEV_L02", "Welk cijfer geef je de begeleiding door je mentor?", "tevredenheid_ondersteuning", "1-10", true, "leerling", "tevredenheid", 6.8),
        new("TEV_O01", "Mijn kind krijgt de ondersteuning die het nodig heeft; de school overlegt daarover met mij", "tevredenheid_ondersteuning", "1-5", true, "ouder", "tevredenheid", 3.4),
        new("TEV_O02", "Welk cijfer geeft u de zorg op school?", "tevredenheid_ondersteuning", "1-10", true, "ouder", "tevredenheid", 6.9),
        new("VEI_L01", "Ik voel me veilig op school", "veiligheid", "1-5", true, "leerling", "veiligheid", 3.9),
        new("VEI_L02", "Ik voel me veilig in de klas", "veiligheid", "1-10", true, "leerling", "veiligheid", 7.2),
        new("PES_L01", "Ben je de afgelopen maanden gepest?", "pesten", "ja-nee", false, "leerling", "veiligheid", 0.14),
        new("PES_L02", "Pesten wordt op school goed aangepakt", "pesten", "1-5", true, "leerling", "veiligheid", 3.3),
        new("WD_D01", "Mijn werkdruk is goed te doen", "werkdruk", "1-5", true, "docent", "werkdruk", 2.9),
        new("WD_D02", "Ik heb te weinig tijd voor leerlingen die extra ondersteuning nodig hebben", "werkdruk", "1-5", false, "docent", "werkdruk", 3.6),
        new("TOE_D01", "Ik voel me toegerust om leerlingen met extra ondersteuningsbehoeften te begeleiden", "toegerust", "1-5", true, "docent", "werkdruk", 3.2),
        new("TOE_M01", "Hoe goed ben je als mentor toegerust voor gesprekken met ouders (coördinatie, doorverwijzing)?", "toegerust", "1-10", true, "mentor", "werkdruk", 6.6),
        new("TEV_M01", "Ik weet bij wie ik terechtkan met een zorgvraag over een leerling", "tevredenheid_ondersteuning", "1-5", true, "mentor", "tevredenheid", 3.8),
        new("EXIT_01", "Welk cijfer geef je de trajectvoorziening?", "tevredenheid_ondersteuning", "1-10", true, "leerling", "exit_tv", 7.0),
        new("EXIT_02", "Ben je goed teruggekeerd in je klas?", "tevredenheid_ondersteuning", "ja-nee", true, "leerling", "exit_tv", 0.7),
    ];
}
