using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;

namespace KoersInsights.Demo.Schools;

/// <summary>Draws distinct pupils from a roster, favouring pupils with a support need (they reach the TV, OPP and TLV more).</summary>
internal static class PupilSampling
{
    public static List<Pupil> Distinct(DemoRandom random, IReadOnlyList<Pupil> roster, int count, double supportBias = 3.0)
    {
        var chosen = new List<Pupil>(count);
        if (roster.Count == 0)
        {
            return chosen;
        }

        var taken = new HashSet<int>();
        count = Math.Min(count, roster.Count);
        var attempts = 0;
        while (chosen.Count < count && attempts < count * 50)
        {
            attempts++;
            var index = random.Next(0, roster.Count);
            var pupil = roster[index];
            var accept = pupil.Ondersteuningsbehoefte ? 1.0 : 1.0 / supportBias;
            if (!taken.Contains(index) && random.Chance(accept))
            {
                taken.Add(index);
                chosen.Add(pupil);
            }
        }

        return chosen;
    }

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
