using System.Text.Json;
using System.Threading.Channels;
using SroDocs.Core.IO;

namespace SroDocs.Cli.Serve;

/// <summary>The open tabs of the preview, each listening for Server-Sent Events: <c>reload</c> after a good build, <c>fehler</c> with the messages after a bad one.</summary>
public sealed class PreviewEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _listeners = [];
    private string? _lastError;

    public int Listeners
    {
        get
        {
            lock (_lock)
            {
                return _listeners.Count;
            }
        }
    }

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            _listeners.Add(channel);
            if (_lastError is { } error)
            {
                channel.Writer.TryWrite(error);
            }
        }

        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_lock)
        {
            _listeners.Remove(channel);
        }
    }

    public void Reload()
    {
        lock (_lock)
        {
            _lastError = null;
        }

        Send("event: reload\ndata: {}\n\n");
    }

    public void Failed(IEnumerable<string> messages)
    {
        var message = $"event: fehler\ndata: {JsonSerializer.Serialize(messages.ToArray(), StringJson.Default.StringArray)}\n\n";
        lock (_lock)
        {
            _lastError = message;
        }

        Send(message);
    }

    private void Send(string message)
    {
        lock (_lock)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }
}
