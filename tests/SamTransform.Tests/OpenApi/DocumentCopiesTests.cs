using Newtonsoft.Json.Linq;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using Xunit;

namespace SamTransform.Tests.OpenApi;

public class DocumentCopiesTests
{
    private static JObject Integration() => new()
    {
        ["type"] = "aws_proxy", ["httpMethod"] = "POST", ["uri"] = "u", ["timeoutInMillis"] = 1, ["cacheKeyParameters"] = new JArray(),
    };

    [Fact]
    public void A_copy_rebuilds_a_map_in_its_python_27_iteration_order()
    {
        // The reference builds these keys in this order and copies the document once more before hashing it; its
        // hashed text lists them as httpMethod, type, cacheKeyParameters, timeoutInMillis, uri.
        var root = new JObject { ["integration"] = Integration() };
        DocumentCopies.Track(root);
        DocumentCopies.Copy(root);
        DocumentCopies.Settle(root);
        Assert.Equal(["httpMethod", "type", "cacheKeyParameters", "timeoutInMillis", "uri"], Py27Repr.DictOrder((JObject)root["integration"]!).Select(p => p.Name));
    }

    [Fact]
    public void Copies_are_applied_lazily_with_the_same_result_as_one_by_one()
    {
        foreach (var copies in (int[])[0, 1, 2, 3, 7, 100])
        {
            var lazy = new JObject { ["i"] = Integration() };
            DocumentCopies.Track(lazy);
            DocumentCopies.Copy(lazy, copies);
            DocumentCopies.Settle(lazy);

            var eager = new JObject { ["i"] = Integration() };
            DocumentCopies.Track(eager);
            for (var i = 0; i < copies; i++)
            {
                DocumentCopies.Copy(eager);
                DocumentCopies.Settle(eager);
            }
            Assert.Equal(((JObject)eager["i"]!).Properties().Select(p => p.Name), ((JObject)lazy["i"]!).Properties().Select(p => p.Name));
        }
    }

    [Fact]
    public void A_map_added_later_misses_the_earlier_copies_and_untracked_documents_are_left_alone()
    {
        var root = new JObject();
        DocumentCopies.Track(root);
        DocumentCopies.Copy(root, 5);
        var added = Integration();
        root["i"] = added;
        DocumentCopies.Adopt(root, added);
        DocumentCopies.Settle(root);
        Assert.Equal(["type", "httpMethod", "uri", "timeoutInMillis", "cacheKeyParameters"], added.Properties().Select(p => p.Name));

        var untracked = new JObject { ["i"] = Integration() };
        DocumentCopies.Copy(untracked, 3);
        DocumentCopies.Settle(untracked);
        Assert.Equal(["type", "httpMethod", "uri", "timeoutInMillis", "cacheKeyParameters"], ((JObject)untracked["i"]!).Properties().Select(p => p.Name));
    }
}
