using System.Net;
using System.Net.Sockets;

namespace SroDocs.Testing;

/// <summary>A loopback port that was free a moment ago, for a server a test starts.</summary>
public static class FreePort
{
    public static int Next()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
