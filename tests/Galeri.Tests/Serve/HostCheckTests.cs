using Galeri.Cli.Serve;
using Microsoft.AspNetCore.Http;

namespace Galeri.Tests.Serve;

public class HostCheckTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("localhost", true)]
    [InlineData("Localhost:1", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("evil.example", false)]
    [InlineData("127.0.0.2", false)]
    [InlineData("localhost.", false)]
    [InlineData("0.0.0.0:5080", false)]
    [InlineData("[::ffff:127.0.0.1]", false)]
    public void Only_the_loopback_names_pass(string host, bool allowed) =>
        Assert.Equal(allowed, HostCheck.Allows(new HostString(host)));
}
