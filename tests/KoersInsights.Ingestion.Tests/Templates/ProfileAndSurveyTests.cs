using KoersInsights.Ingestion.Manifest;
using KoersInsights.Ingestion.Tests.Support;
using KoersInsights.Ingestion.Validation;

namespace KoersInsights.Ingestion.Tests.Templates;

public sealed class ProfileAndSurveyTests : IDisposable
{
    private readonly IngestTestLake _lake = new();

    public void Dispose() => _lake.Dispose();

    [Fact]
    public async Task Magister_export_is_renamed_to_template_columns_by_its_profile()
    {
        var text = "Stamnr;BRIN vestiging;Verzuimsoort;Begindatum;Einddatum;Gemeentecode woonadres;Melding leerplicht\n12345;20FR00;thuiszitter;2023-09-12;;0599;ja\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, "verzuim_20FR00_2023-2024.csv", text);

        Assert.Equal(DeliveryStatus.Loaded, delivery.Status);
        Assert.Equal("magister", (await _lake.Manifest.ReadAsync(delivery.DeliveryId))!.MappingProfile);
    }

    [Fact]
    public async Task Somtoday_export_is_renamed_to_template_columns_by_its_profile()
    {
        var text = "Leerlingnummer;Vestiging;Begeleidingssoort;Aanmelddatum;Startdatum;Einddatum\n88001;20FR00;extra;2023-09-01;2023-09-15;\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, "ondersteuning_20FR00_2023-2024.csv", text);

        Assert.Equal(DeliveryStatus.Loaded, delivery.Status);
        Assert.Equal("somtoday", (await _lake.Manifest.ReadAsync(delivery.DeliveryId))!.MappingProfile);
    }

    [Fact]
    public async Task Wide_survey_export_becomes_one_bronze_row_per_answer()
    {
        var text = "Respondent;Ingevuld op;Doelgroep;Vragenlijst;TEV01 Hoe tevreden bent u?;TEV02 Voelt u zich gehoord?\nR1;2024-03-01;ouder;tevredenheid;4;5\nR2;2024-03-02;ouder;tevredenheid;;3\nR3;2024-13-02;ouder;tevredenheid;2;2\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Surveys, "enquete_20FR00_2023-2024.csv", text);

        var entry = (await _lake.Manifest.ReadAsync(delivery.DeliveryId))!;
        Assert.Equal((3L, 2L, 1L, 3L), (entry.RowsDelivered, entry.RowsLoaded, entry.RowsQuarantined, entry.BronzeRows));
        Assert.Equal("forms-wide", entry.MappingProfile);
        var reason = Assert.Single(await _lake.ReasonsAsync(delivery.DeliveryId));
        Assert.Equal(("4", "Ingevuld op", Rules.Type), (reason[1], reason[2], reason[4]));
    }

    [Fact]
    public async Task Observation_of_a_class_may_not_carry_a_pupil_id()
    {
        var text = "datum;vestigingscode;soort;uitgevoerd_door;leerling_id\n2023-10-02;20FR00;klas;tv;LL-9\n2023-10-03;20FR00;leerling;bpo;LL-9\n2023-10-03;20FR00;klas;bpo;\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, "observatie_20FR00_2023-2024.csv", text);

        Assert.Equal((3L, 2L, 1L), (delivery.RowsDelivered, delivery.RowsLoaded, delivery.RowsQuarantined));
        var reason = Assert.Single(await _lake.ReasonsAsync(delivery.DeliveryId));
        Assert.Equal(("2", "leerling_id", IngestReason.HiddenId, Rules.NotAllowed), (reason[1], reason[2], reason[3], reason[4]));
    }

    [Fact]
    public async Task Middelen_with_decimal_comma_and_exactly_one_of_vestiging_or_bestuur_loads()
    {
        var text = "vestigingscode;bestuur;schooljaar;categorie;begroot;gerealiseerd\n20FR00;;2023-2024;mentoraat;1.234,50;€ 1200,00\n;41211;2023-2024;nt2;500;\n20FR00;41211;2023-2024;overig;1;\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, "middelen_SWV_2023-2024.csv", text);

        Assert.Equal((3L, 2L, 1L), (delivery.RowsDelivered, delivery.RowsLoaded, delivery.RowsQuarantined));
        var reason = Assert.Single(await _lake.ReasonsAsync(delivery.DeliveryId));
        Assert.Equal(("4", Rules.Required), (reason[1], reason[4]));
    }

    [Fact]
    public async Task Leerjaar_outside_1_to_6_is_a_range_error()
    {
        var text = "leerling_id;vestigingscode;datum_start;onderwijstype;leerjaar;woongemeente\nLL-1;20FR00;2023-10-01;havo;7;0599\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, "opp_20FR00_2023-2024.csv", text);

        var reason = Assert.Single(await _lake.ReasonsAsync(delivery.DeliveryId));
        Assert.Equal(("2", "leerjaar", "7", Rules.Range), (reason[1], reason[2], reason[3], reason[4]));
    }
}
