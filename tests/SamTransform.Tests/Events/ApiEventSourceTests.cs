using SamTransform.Events;
using Xunit;

namespace SamTransform.Tests.Events;

public class ApiEventSourceTests
{
    // Expected values: the SourceArn suffixes the reference gives these paths and methods.
    [Theory]
    [InlineData("/files/{path+}", "get", "/GET/files/*")]
    [InlineData("/a/{x.y}/{a-b}/{c_d}", "get", "/GET/a/*/*/*")]
    [InlineData("nosl", "get", "/GETnosl")]
    [InlineData("/$default", "any", "/*/$default")]
    [InlineData("/x/{a b}/{}", "Patch", "/PATCH/x/{a b}/{}")]
    [InlineData("/", "ANY", "/*/")]
    [InlineData("/q//", "x-amazon-apigateway-any-method", "/X-AMAZON-APIGATEWAY-ANY-METHOD/q/")]
    [InlineData("/pre{id}suf", "get", "/GET/pre*suf")]
    [InlineData("/{proxy+}", "any", "/*/*")]
    public void Permission_arns_name_the_method_and_path(string path, string method, string suffix)
    {
        Assert.Equal(suffix, ApiEventSource.RouteArnSuffix(path, method));
    }
}
