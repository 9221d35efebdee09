using Newtonsoft.Json.Linq;
using Xunit;

namespace SamTransform.Tests.Resources;

/// <summary>SimpleTable scenarios; the expected values are what AWS's translator made of the same templates.</summary>
public class SimpleTableExpanderTests
{
    [Fact]
    public void Empty_values_count_as_not_given()
    {
        var output = FunctionExpanderTests.Transform("""
            Resources:
              T:
                Type: AWS::Serverless::SimpleTable
                Properties:
                  PrimaryKey: {}
                  TableName: ""
                  SSESpecification: {}
                  ProvisionedThroughput: {}
            """).Output!;
        Assert.Equal(JToken.Parse("""
            {"Type": "AWS::DynamoDB::Table", "Properties": {"AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
             "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST"}}
            """), output["Resources"]!["T"]);
    }
}
