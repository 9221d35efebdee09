using System.Globalization;
using System.Text;
using SamTransform.Events;

namespace SamTransform.Bench;

/// <summary>
/// Writes a SAM template with N functions, each with policies (a managed policy name, a SAM policy template and an
/// inline statement), two layers, an alias and several events. Event types are taken from those the library has
/// registered when the generator runs, so the template grows with the implementation instead of breaking.
/// </summary>
public static class TemplateGenerator
{
    /// <summary>Event shapes by type, in the order they are used; each function gets up to <see cref="EventsPerFunction"/>.</summary>
    private static readonly (string Type, string Properties)[] EventShapes =
    [
        ("SQS", "Queue: !GetAtt WorkQueue.Arn\n            BatchSize: 5"),
        ("Schedule", "Schedule: rate(5 minutes)\n            Enabled: true"),
        ("SNS", "Topic: !Ref Notifications"),
        ("DynamoDB", "Stream: !GetAtt Orders.StreamArn\n            StartingPosition: LATEST"),
        ("EventBridgeRule", "Pattern:\n              source: [bench.{i}]"),
        ("Kinesis", "Stream: !GetAtt Clicks.Arn\n            StartingPosition: TRIM_HORIZON"),
    ];

    public const int EventsPerFunction = 4;

    public static IReadOnlyList<string> EventTypes(EventSourceRegistry registry) =>
        [.. EventShapes.Where(e => registry.Find(e.Type) is not null).Take(EventsPerFunction).Select(e => e.Type)];

    public static string Generate(int functions) => Generate(functions, EventSourceRegistry.Default);

    public static string Generate(int functions, EventSourceRegistry registry)
    {
        var events = EventShapes.Where(e => registry.Find(e.Type) is not null).Take(EventsPerFunction).ToList();
        var text = new StringBuilder(capacity: 1_200 * functions + 2_000);
        text.Append("""
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Description: Generated scale template for benchmarks.
            Parameters:
              Stage:
                Type: String
                Default: bench
            Globals:
              Function:
                Runtime: python3.12
                MemorySize: 256
                Timeout: 30
                Tracing: Active
                Environment:
                  Variables:
                    STAGE: !Ref Stage
            Resources:
              WorkQueue:
                Type: AWS::SQS::Queue
              Notifications:
                Type: AWS::SNS::Topic
              Clicks:
                Type: AWS::Kinesis::Stream
                Properties:
                  ShardCount: 1
              Orders:
                Type: AWS::DynamoDB::Table
                Properties:
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  StreamSpecification: {StreamViewType: NEW_IMAGE}
              SharedLayer:
                Type: AWS::Serverless::LayerVersion
                Properties:
                  ContentUri: s3://bench-artifacts/layer.zip
                  CompatibleRuntimes: [python3.12]

            """);
        for (var i = 0; i < functions; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            text.Append($"""
                  Function{n}:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler{n}
                      CodeUri: s3://bench-artifacts/function{n}.zip
                      AutoPublishAlias: live
                      Layers:
                        - !Ref SharedLayer
                        - arn:aws:lambda:us-east-1:123456789012:layer:common:3
                      Environment:
                        Variables:
                          TABLE: !Ref Orders
                          INDEX: '{n}'
                      Policies:
                        - AWSLambdaBasicExecutionRole
                        - DynamoDBReadPolicy:
                            TableName: !Ref Orders
                        - Statement:
                            - Effect: Allow
                              Action: s3:GetObject
                              Resource: arn:aws:s3:::bench-artifacts/{n}/*
                      Tags:
                        team: bench
                        index: '{n}'

                """);
            if (events.Count == 0) continue;
            text.Append("      Events:\n");
            foreach (var (type, properties) in events)
                text.Append($"        {type}Event:\n          Type: {type}\n          Properties:\n            {properties.Replace("{i}", n, StringComparison.Ordinal)}\n");
        }
        return text.ToString();
    }
}
