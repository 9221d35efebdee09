using SamTransform.Events;
using Xunit;

namespace SamTransform.Tests.Events;

public class HttpApiEventSourceTests
{
    [Theory]
    [InlineData("$default", "x-amazon-apigateway-any-method", "/*")]
    [InlineData("/$default", "ANY", "/$default")]
    [InlineData("/hello", "any", "/*/hello")]
    [InlineData("/hello/", "get", "/GET/hello")]
    [InlineData("/", "post", "/POST/")]
    [InlineData("/users/{id}/items/{proxy+}", "Get", "/GET/users/*/items/*")]
    [InlineData("/files/{path+}", "get", "/GET/files/{path+}")]
    [InlineData("/$default", "x-amazon-apigateway-any-method", "/*/$default")]
    public void Permission_arns_name_the_route(string path, string method, string suffix)
    {
        Assert.Equal(suffix, HttpApiEventSource.RouteArnSuffix(path, method));
    }
}
