using KoersInsights.Ingestion.Bronze;
using KoersInsights.Ingestion.Csv;
using KoersInsights.Ingestion.Duo;
using KoersInsights.Ingestion.Manifest;
using KoersInsights.Ingestion.Profiles;
using KoersInsights.Ingestion.Pseudonyms;
using KoersInsights.Ingestion.Quarantine;
using KoersInsights.Ingestion.Surveys;
using KoersInsights.Ingestion.Templates;
using KoersInsights.Ingestion.Validation;
using KoersInsights.Ingestion.Values;
using KoersInsights.Lake;

namespace KoersInsights.Ingestion;

/// <summary>
/// Processes one landing file into bronze, quarantine and a manifest entry. Write order is bronze, quarantine,
/// manifest: a crash before the manifest leaves the delivery unrecorded, so the next run redoes it and overwrites.
/// </summary>
internal sealed class DeliveryIngester(
    ILakeStore lake, IPseudonymizer pseudonymizer, IReadOnlyList<MappingProfile> profiles, TimeProvider clock, string workFolder)
{
    private readonly DeliveryManifest _manifest = new(lake);

    /// <returns>Null when the delivery was already in the manifest (or another ingester recorded it first).</returns>
    public async Task<DeliverySummary?> IngestAsync(IngestSource source, string landingPath, Action<long>? rowsRead, CancellationToken cancellationToken)
    {
        var fileName = landingPath[(landingPath.LastIndexOf('/') + 1)..];
        var work = Path.Combine(workFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var copy = Path.Combine(work, "delivery");
            DeliveryFileFacts facts;
            await using (var input = await lake.OpenReadAsync(landingPath, cancellationToken))
            await using (var output = new FileStream(copy, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                facts = await FileSniffer.SniffAsync(input, output, cancellationToken);
            }

            var deliveryId = DeliveryIds.For(fileName, facts.Sha256);
            if (await _manifest.ExistsAsync(deliveryId, cancellationToken))
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var ingestedAt = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
            var delivery = new Delivery(source, fileName, deliveryId, facts, copy, work, ingestedAt);
            var result = await ProcessAsync(delivery, rowsRead, cancellationToken);
            return await PublishAsync(delivery, result, cancellationToken);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<Result> ProcessAsync(Delivery delivery, Action<long>? rowsRead, CancellationToken cancellationToken)
    {
        var reasons = new ReasonsFile(Path.Combine(delivery.Work, "reasons.csv"));
        var result = new Result(reasons, delivery.Facts.DataLines);
        try
        {
            Identify(delivery, result);
            if (result.FileLevel)
            {
                return result;
            }

            if (delivery.Facts.Problem is { } problem)
            {
                return result.RejectFile(new IngestReason(delivery.FileName, problem.Line, string.Empty, string.Empty, problem.Rule, problem.Message));
            }

            using var reader = CsvRowReader.Open(delivery.Copy, delivery.Facts);
            if (reader is null)
            {
                return result.RejectFile(new IngestReason(delivery.FileName, 0, string.Empty, string.Empty, Rules.EmptyFile,
                    "The file has no header row (only blank lines)."));
            }

            var plan = CreatePlan(delivery, reader.Header, result);
            if (plan is null)
            {
                return result;
            }

            result.Plan = plan;
            await ReadRowsAsync(delivery, reader, plan, result, rowsRead, cancellationToken);
            return result;
        }
        catch (CsvFileException ex)
        {
            if (result.Bronze is { } partial)
            {
                await partial.DisposeAsync();
                result.Bronze = null;
            }

            return result.RejectFile(new IngestReason(delivery.FileName, ex.Line, string.Empty, string.Empty, ex.Rule, ex.Message));
        }
        finally
        {
            reasons.Flush();
        }
    }

    private static void Identify(Delivery delivery, Result result)
    {
        if (delivery.Source == IngestSource.Duo)
        {
            if (DuoFileKinds.Recognise(delivery.FileName) is { } recognised)
            {
                result.Entity = recognised.Kind.Entity;
                result.Schooljaar = recognised.Kind.SchooljaarOf(recognised.Match, DateOnly.FromDateTime(delivery.IngestedAt.UtcDateTime));
                result.DuoKind = recognised.Kind;
                return;
            }

            result.RejectFile(new IngestReason(delivery.FileName, 0, string.Empty, string.Empty, Rules.FileName,
                $"'{delivery.FileName}' is not a DUO file KoersInsights reads ({string.Join(", ", DuoFileKinds.All.Select(k => k.Entity))})."));
            return;
        }

        var name = DeliveryFileName.Parse(delivery.FileName, delivery.Source, out var problem);
        if (name is null)
        {
            result.Entity = TemplateCatalog.All.FirstOrDefault(t => t.Source == delivery.Source
                && delivery.FileName.StartsWith(t.Entity, StringComparison.OrdinalIgnoreCase))?.Entity ?? "unknown";
            result.RejectFile(new IngestReason(delivery.FileName, 0, string.Empty, string.Empty, Rules.FileName, problem!));
            return;
        }

        result.Entity = name.Template.Entity;
        result.Template = name.Template;
        result.FileNameParty = name.Party;
        result.NameSchooljaar = name.Schooljaar;

        // The question catalogue has no schooljaar in its name: like DUO's vestigingen it is a snapshot.
        result.Schooljaar = name.Schooljaar ?? Schooljaar.Containing(DateOnly.FromDateTime(delivery.IngestedAt.UtcDateTime));
    }

    private EntityPlan? CreatePlan(Delivery delivery, IReadOnlyList<string> header, Result result)
    {
        var problems = new List<IngestReason>();
        EntityPlan? plan;
        if (result.DuoKind is { } kind)
        {
            plan = DuoPlan.Create(delivery.FileName, kind, header, problems);
        }
        else if (WideSurveyPlan.TryCreate(delivery.FileName, result.Template!, header, profiles, pseudonymizer, result.NameSchooljaar, result.FileNameParty!) is { } wide)
        {
            plan = wide;
        }
        else
        {
            var binding = HeaderBinding.Bind(delivery.FileName, header, result.Template!, profiles);
            problems.AddRange(binding.Problems);
            plan = problems.Count == 0
                ? new TemplatePlan(delivery.FileName, result.Template!, binding, header, pseudonymizer, result.NameSchooljaar)
                : null;
        }

        if (plan is null)
        {
            result.RejectFile([.. problems]);
        }

        return plan;
    }

    private static async Task ReadRowsAsync(Delivery delivery, CsvRowReader reader, EntityPlan plan, Result result, Action<long>? rowsRead, CancellationToken cancellationToken)
    {
        var output = new RowOutput(plan.Fields.Count);
        var keys = new KeyTracker(plan.KeyFields);
        var lineReasons = new List<IngestReason>();
        var lineKeys = new List<UInt128>();
        var buffer = new BronzeBuffer(plan.Fields, delivery.DeliveryId, delivery.FileName, delivery.IngestedAt.UtcDateTime);
        foreach (var row in reader.ReadRows())
        {
            if (IsBlank(row.Fields))
            {
                continue;
            }

            result.Delivered++;
            if ((result.Delivered & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowsRead?.Invoke(0x10000);
            }

            output.Clear();
            lineReasons.Clear();
            if (CheckShape(delivery, row, plan.Width, lineReasons) && plan.TryConvert(row, output, lineReasons))
            {
                CheckKeys(delivery, row, plan, output, keys, lineKeys, lineReasons);
            }

            if (lineReasons.Count > 0)
            {
                result.Quarantined++;
                foreach (var reason in lineReasons)
                {
                    result.Reasons.Add(reason);
                }

                continue;
            }

            foreach (var key in lineKeys)
            {
                keys.Add(key, row.Line);
            }

            result.Loaded++;
            for (var i = 0; i < output.Count; i++)
            {
                buffer.Append(output[i], row.Line);
                result.BronzeRows++;
                if (buffer.IsFull)
                {
                    await result.WriteRowGroupAsync(delivery, plan, buffer);
                }
            }
        }

        if (buffer.Count > 0)
        {
            await result.WriteRowGroupAsync(delivery, plan, buffer);
        }

        if (result.Bronze is { } bronze)
        {
            await bronze.CompleteAsync();
        }

        rowsRead?.Invoke(result.Delivered & 0xFFFF);
    }

    private static bool CheckShape(Delivery delivery, CsvRow row, int width, List<IngestReason> reasons)
    {
        var count = row.Fields.Length;
        while (count > width && string.IsNullOrWhiteSpace(row.Fields[count - 1]))
        {
            // Trailing empty fields (a line ending in ';') carry nothing; spreadsheets add them.
            count--;
        }

        if (count < width && row.IsLast && !delivery.Facts.EndsWithNewline)
        {
            reasons.Add(new IngestReason(delivery.FileName, row.Line, string.Empty, string.Empty, Rules.TruncatedRow,
                $"The last line is cut off ({count} of {width} fields and no line end): the upload was probably interrupted. Deliver the file again."));
        }
        else if (count != width)
        {
            reasons.Add(new IngestReason(delivery.FileName, row.Line, string.Empty, string.Empty, Rules.FieldCount,
                $"The row has {count} fields but the header has {width}; look for a separator inside an unquoted value."));
        }
        else if (row.BadQuote)
        {
            reasons.Add(new IngestReason(delivery.FileName, row.Line, string.Empty, string.Empty, Rules.BadQuote,
                "The row has a quote inside an unquoted value; quote the whole value and double the inner quote (\"\")."));
        }

        return reasons.Count == 0;
    }

    private static void CheckKeys(
        Delivery delivery, CsvRow row, EntityPlan plan, RowOutput output, KeyTracker keys, List<UInt128> lineKeys, List<IngestReason> reasons)
    {
        lineKeys.Clear();
        if (!keys.Enabled)
        {
            return;
        }

        for (var i = 0; i < output.Count; i++)
        {
            var key = keys.Hash(output[i]);
            if (keys.Seen(key) is { } first)
            {
                reasons.Add(new IngestReason(delivery.FileName, row.Line, string.Empty, string.Empty, Rules.DuplicateKey,
                    $"Same {plan.KeyDescription} as line {first}; a delivery may hold each only once. Remove one of the two lines."));
                return;
            }

            if (lineKeys.Contains(key))
            {
                reasons.Add(new IngestReason(delivery.FileName, row.Line, string.Empty, string.Empty, Rules.DuplicateKey,
                    $"The line repeats the same {plan.KeyDescription}."));
                return;
            }

            lineKeys.Add(key);
        }
    }

    private static bool IsBlank(string[] fields)
    {
        foreach (var field in fields)
        {
            if (!string.IsNullOrWhiteSpace(field))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<DeliverySummary?> PublishAsync(Delivery delivery, Result result, CancellationToken cancellationToken)
    {
        if (result.Loaded + result.Quarantined != result.Delivered)
        {
            throw new InvalidOperationException(
                $"{delivery.FileName}: reconciliation failed: {result.Loaded} loaded + {result.Quarantined} quarantined != {result.Delivered} delivered");
        }

        if (result.Bronze is { } written)
        {
            await written.DisposeAsync();
        }

        string? bronzePath = null;
        if (result.Bronze is { } bronze && result.BronzeRows > 0)
        {
            bronzePath = DeliveryIds.BronzePath(delivery.Source, result.Entity, result.Schooljaar!.Value, delivery.DeliveryId);
            await using var stream = new FileStream(bronze.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            await lake.WriteAsync(bronzePath, stream, new LakeWriteOptions("application/vnd.apache.parquet", new Dictionary<string, string>
            {
                ["delivery_id"] = delivery.DeliveryId,
                ["source_sha256"] = delivery.Facts.Sha256,
            }), cancellationToken);
        }

        result.Reasons.Dispose();
        if (result.Reasons.Count > 0)
        {
            var folder = DeliveryIds.QuarantineFolder(delivery.DeliveryId);
            await using (var original = new FileStream(delivery.Copy, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            {
                await lake.WriteAsync(folder + delivery.FileName, original, new LakeWriteOptions("text/csv"), cancellationToken);
            }

            await using var reasons = new FileStream(result.Reasons.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            await lake.WriteAsync(DeliveryIds.ReasonsPath(delivery.DeliveryId), reasons, new LakeWriteOptions("text/csv"), cancellationToken);
        }

        var entry = new DeliveryManifestEntry
        {
            DeliveryId = delivery.DeliveryId,
            Source = delivery.Source.Folder(),
            Entity = result.Entity,
            LogicalName = DeliveryIds.LogicalName(delivery.FileName),
            Schooljaar = result.Schooljaar?.ToString(),
            FileName = delivery.FileName,
            Sha256 = delivery.Facts.Sha256,
            IngestedAt = delivery.IngestedAt,
            RowsDelivered = result.Delivered,
            RowsLoaded = result.Loaded,
            RowsQuarantined = result.Quarantined,
            BronzeRows = result.BronzeRows,
            Status = DeliveryStatus.From(result.Loaded, result.Quarantined, result.FileLevel),
            BronzePath = bronzePath,
            Reasons = [.. result.Reasons.First.Select(r => new ManifestReason(r.File, r.Line, r.Column, r.Value, r.Rule, r.Message))],
            ReasonCount = result.Reasons.Count,
            SchemaVersion = result.Plan?.SchemaVersion ?? DeliveryTemplate.SchemaVersion,
            MappingProfile = result.Plan?.ProfileName,
        };
        if (!await _manifest.TryCreateAsync(entry, cancellationToken))
        {
            return null;
        }

        return new DeliverySummary(entry.DeliveryId, entry.FileName, entry.Entity, entry.RowsDelivered, entry.RowsLoaded, entry.RowsQuarantined,
            entry.Status, bronzePath, [.. result.Reasons.First.Select(r => r.ToString())]);
    }

    private sealed record Delivery(
        IngestSource Source, string FileName, string DeliveryId, DeliveryFileFacts Facts, string Copy, string Work, DateTimeOffset IngestedAt);

    private sealed class Result(ReasonsFile reasons, long dataLines)
    {
        public ReasonsFile Reasons { get; } = reasons;

        public string Entity { get; set; } = "unknown";

        public Schooljaar? Schooljaar { get; set; }

        public Schooljaar? NameSchooljaar { get; set; }

        public string? FileNameParty { get; set; }

        public DeliveryTemplate? Template { get; set; }

        public DuoFileKind? DuoKind { get; set; }

        public EntityPlan? Plan { get; set; }

        public BronzeFile? Bronze { get; set; }

        public bool FileLevel { get; private set; }

        public long Delivered { get; set; }

        public long Loaded { get; set; }

        public long Quarantined { get; set; }

        public long BronzeRows { get; set; }

        /// <summary>The whole file is refused: every data line counts as delivered and quarantined.</summary>
        public Result RejectFile(params IngestReason[] reasons)
        {
            FileLevel = true;
            Delivered = dataLines;
            Quarantined = dataLines;
            Loaded = 0;
            BronzeRows = 0;
            foreach (var reason in reasons)
            {
                Reasons.Add(reason);
            }

            return this;
        }

        public async Task WriteRowGroupAsync(Delivery delivery, EntityPlan plan, BronzeBuffer buffer)
        {
            if (Bronze is null)
            {
                var metadata = new Dictionary<string, string>
                {
                    [BronzeLineage.SchemaVersionKey] = plan.SchemaVersion,
                    [BronzeLineage.DeliveryIdKey] = delivery.DeliveryId,
                    [BronzeLineage.SourceSha256Key] = delivery.Facts.Sha256,
                };
                if (plan.ProfileName is { } profile)
                {
                    metadata[BronzeLineage.MappingProfileKey] = profile;
                }

                Bronze = await BronzeFile.CreateAsync(Path.Combine(delivery.Work, "bronze.parquet"), buffer.Fields, metadata);
            }

            await Bronze.WriteAsync(buffer.TakeRowGroup());
        }
    }
}
