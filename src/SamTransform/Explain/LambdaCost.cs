using System.Globalization;
using Newtonsoft.Json.Linq;
using SamTransform.Data;
using SamTransform.Resources;

namespace SamTransform.Explain;

/// <summary>The Lambda prices of <c>Data/lambda_prices.json</c>: one region's, on the date it says.</summary>
public sealed record LambdaPrices(
    string Date,
    string Region,
    string Currency,
    decimal RequestsPerMillion,
    IReadOnlyDictionary<string, (decimal Duration, decimal Provisioned, decimal ProvisionedDuration)> Architectures,
    decimal EphemeralStoragePerGbSecond,
    int FreeEphemeralStorageMb,
    long FreeRequests,
    decimal FreeGbSeconds,
    int HoursPerMonth)
{
    private static readonly Lazy<LambdaPrices> Table = new(Load);

    public static LambdaPrices Current => Table.Value;

    private static LambdaPrices Load()
    {
        var data = (JObject)EmbeddedData.Load("lambda_prices.json");
        var architectures = ((JObject)data["architectures"]!).Properties().ToDictionary(
            p => p.Name,
            p => ((decimal)p.Value["durationPerGbSecond"]!, (decimal)p.Value["provisionedConcurrencyPerGbSecond"]!, (decimal)p.Value["provisionedDurationPerGbSecond"]!),
            StringComparer.Ordinal);
        return new LambdaPrices((string)data["date"]!, (string)data["region"]!, (string)data["currency"]!, (decimal)data["requestsPerMillion"]!, architectures,
            (decimal)data["ephemeralStoragePerGbSecond"]!, (int)data["freeEphemeralStorageMb"]!, (long)data["freeTier"]!["requests"]!,
            (decimal)data["freeTier"]!["gbSeconds"]!, (int)data["hoursPerMonth"]!);
    }
}

/// <summary>
/// A function's month: its settings as the transform wrote them, and the charges for requests, duration, ephemeral
/// storage above the free 512 MB and provisioned concurrency. <see cref="Unknown"/> says why there is no estimate
/// (a memory size given by a parameter, say).
/// </summary>
public sealed record FunctionCost(
    string Function,
    int MemoryMb,
    string Architecture,
    int EphemeralStorageMb,
    int ProvisionedConcurrency,
    decimal GbSeconds,
    decimal Requests,
    decimal Duration,
    decimal EphemeralStorage,
    decimal Provisioned,
    string? Unknown = null)
{
    public decimal Total => Requests + Duration + EphemeralStorage + Provisioned;
}

/// <summary>
/// A monthly estimate of what a template's Lambda functions cost for a number of invocations of a duration each
/// (every function alike), from <see cref="LambdaPrices"/>. With <see cref="FreeTier"/>, the free requests and
/// GB-seconds of a month are taken off the functions without provisioned concurrency, in template order.
/// </summary>
public sealed record CostEstimate(LambdaPrices Prices, long Invocations, double DurationMs, bool FreeTier, IReadOnlyList<FunctionCost> Functions, decimal FreeTierCredit)
{
    public decimal Total => Functions.Sum(f => f.Total) - FreeTierCredit;

    public static CostEstimate Of(TemplateExplanation explanation, JObject outputResources, long invocations, double durationMs, bool freeTier, LambdaPrices? prices = null)
    {
        prices ??= LambdaPrices.Current;
        var functions = new List<FunctionCost>();
        foreach (var resource in explanation.Resources.Where(r => r.Type == "AWS::Serverless::Function"))
        {
            var function = resource.Generated.FirstOrDefault(g => g.Type == "AWS::Lambda::Function");
            if (function is null || outputResources[function.LogicalId] is not JObject cfn) continue;
            var alias = resource.Generated.Where(g => g.Type == "AWS::Lambda::Alias").Select(g => outputResources[g.LogicalId] as JObject).FirstOrDefault(a => a is not null);
            functions.Add(Estimate(resource.LogicalId, CfnResource.Props(cfn), alias is null ? null : CfnResource.Props(alias), invocations, durationMs, prices));
        }
        var credit = 0m;
        if (freeTier)
        {
            var (requests, gbSeconds) = ((decimal)prices.FreeRequests, prices.FreeGbSeconds);
            foreach (var f in functions.Where(f => f.Unknown is null && f.ProvisionedConcurrency == 0))
            {
                var freeRequests = Math.Min(requests, invocations);
                var freeSeconds = Math.Min(gbSeconds, f.GbSeconds);
                credit += freeRequests / 1_000_000m * prices.RequestsPerMillion + freeSeconds * prices.Architectures[f.Architecture].Duration;
                requests -= freeRequests;
                gbSeconds -= freeSeconds;
            }
        }
        return new CostEstimate(prices, invocations, durationMs, freeTier, functions, credit);
    }

    private static FunctionCost Estimate(string id, JObject properties, JObject? alias, long invocations, double durationMs, LambdaPrices prices)
    {
        var architecture = properties["Architectures"] is JArray { Count: > 0 } list ? TokenText.Of(list[0]) : "x86_64";
        var memory = Number(properties["MemorySize"], 128);
        var ephemeral = Number(properties["EphemeralStorage"]?["Size"], 512);
        var provisioned = Number(alias?["ProvisionedConcurrencyConfig"]?["ProvisionedConcurrentExecutions"], 0);
        string? unknown = properties["CapacityProviderConfig"] is not null ? "runs on a capacity provider (Lambda Managed Instances, billed by the instance)"
            : memory is null ? $"MemorySize is {TokenText.Of(properties["MemorySize"])}"
            : ephemeral is null ? $"EphemeralStorage.Size is {TokenText.Of(properties["EphemeralStorage"]?["Size"])}"
            : provisioned is null ? $"ProvisionedConcurrentExecutions is {TokenText.Of(alias?["ProvisionedConcurrencyConfig"]?["ProvisionedConcurrentExecutions"])}"
            : !prices.Architectures.ContainsKey(architecture) ? $"architecture {architecture} has no price"
            : null;
        if (unknown is not null) return new FunctionCost(id, memory ?? 0, architecture, ephemeral ?? 0, provisioned ?? 0, 0, 0, 0, 0, 0, unknown);

        var rates = prices.Architectures[architecture];
        var seconds = invocations * (decimal)durationMs / 1000m;
        var gb = memory!.Value / 1024m;
        var gbSeconds = seconds * gb;
        var requests = invocations / 1_000_000m * prices.RequestsPerMillion;
        var storage = Math.Max(0, ephemeral!.Value - prices.FreeEphemeralStorageMb) / 1024m * seconds * prices.EphemeralStoragePerGbSecond;
        // Provisioned concurrency: the configured environments all month, and the invocations at its duration price
        // (as if they all ran on them).
        var month = prices.HoursPerMonth * 3600m;
        var (duration, reserved) = provisioned == 0
            ? (gbSeconds * rates.Duration, 0m)
            : (gbSeconds * rates.ProvisionedDuration, provisioned!.Value * gb * month * rates.Provisioned);
        return new FunctionCost(id, memory.Value, architecture, ephemeral.Value, provisioned!.Value, gbSeconds, requests, duration, storage, reserved);
    }

    /// <summary>A whole number as written (a number or a string of digits), the default when absent, null when it is not known offline (a reference).</summary>
    private static int? Number(JToken? token, int absent) => token switch
    {
        null => absent,
        JValue { Type: JTokenType.Integer } i => (int)i,
        JValue { Type: JTokenType.Float } f => (int)(double)f!,
        JValue { Type: JTokenType.String } s when int.TryParse((string)s!, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>An amount as "$1.87", small ones to four decimals ("$0.0042").</summary>
    public static string Money(decimal amount) =>
        "$" + (Math.Abs(amount) >= 1 || amount == 0 ? amount.ToString("#,0.00", CultureInfo.InvariantCulture) : amount.ToString("0.00##", CultureInfo.InvariantCulture));

    /// <summary>The estimate as lines of text under a heading.</summary>
    public string Text(string region)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("\nMonthly Lambda cost estimate: ").Append(Invocations.ToString("#,0", CultureInfo.InvariantCulture)).Append(" invocations of ")
            .Append(DurationMs.ToString("0.###", CultureInfo.InvariantCulture)).Append(" ms per function, ")
            .Append(Prices.Region).Append(" prices of ").Append(Prices.Date).Append(" (").Append(Prices.Currency).Append(')')
            .Append(region == Prices.Region ? "" : $"; the table has no {region} prices").Append('\n');
        foreach (var f in Functions)
        {
            sb.Append("├─ ").Append(f.Function).Append("  ");
            if (f.Unknown is not null)
            {
                sb.Append("no estimate: ").Append(f.Unknown).Append('\n');
                continue;
            }
            sb.Append(f.MemoryMb).Append(" MB, ").Append(f.Architecture);
            if (f.EphemeralStorageMb > Prices.FreeEphemeralStorageMb) sb.Append(", ").Append(f.EphemeralStorageMb).Append(" MB ephemeral storage");
            if (f.ProvisionedConcurrency > 0) sb.Append(", ").Append(f.ProvisionedConcurrency).Append(" provisioned");
            sb.Append(": requests ").Append(Money(f.Requests)).Append(" + duration ").Append(Money(f.Duration));
            if (f.EphemeralStorage > 0) sb.Append(" + storage ").Append(Money(f.EphemeralStorage));
            if (f.Provisioned > 0) sb.Append(" + provisioned concurrency ").Append(Money(f.Provisioned));
            sb.Append(" = ").Append(Money(f.Total)).Append('\n');
        }
        sb.Append("└─ total ").Append(Money(Total));
        if (FreeTier) sb.Append(" (after the free tier's ").Append(Money(FreeTierCredit)).Append(')');
        return sb.Append('\n').ToString();
    }

    public JObject Json(string region) => new()
    {
        ["prices"] = new JObject { ["region"] = Prices.Region, ["date"] = Prices.Date, ["currency"] = Prices.Currency, ["deployRegion"] = region },
        ["invocations"] = Invocations,
        ["durationMs"] = DurationMs,
        ["freeTier"] = FreeTier,
        ["functions"] = new JArray(Functions.Select(f => f.Unknown is not null
            ? new JObject { ["function"] = f.Function, ["unknown"] = f.Unknown }
            : new JObject
            {
                ["function"] = f.Function, ["memoryMb"] = f.MemoryMb, ["architecture"] = f.Architecture, ["ephemeralStorageMb"] = f.EphemeralStorageMb,
                ["provisionedConcurrency"] = f.ProvisionedConcurrency, ["gbSeconds"] = Math.Round(f.GbSeconds, 3),
                ["requests"] = Math.Round(f.Requests, 4), ["duration"] = Math.Round(f.Duration, 4), ["ephemeralStorage"] = Math.Round(f.EphemeralStorage, 4),
                ["provisioned"] = Math.Round(f.Provisioned, 4), ["total"] = Math.Round(f.Total, 4),
            })),
        ["freeTierCredit"] = Math.Round(FreeTierCredit, 4),
        ["total"] = Math.Round(Total, 4),
    };
}
