using System.Collections.Immutable;
using System.Globalization;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SroDocs.Site.Yaml;

/// <summary>
/// Typed, position-aware reading of one YAML mapping. Every problem becomes a diagnostic at the
/// offending key or value; nothing throws. Values are converted here, once.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    internal YamlMap(YamlMappingNode node, YamlSource source, YamlErrors errors, ICollection<Diagnostic> sink)
    {
        _node = node;
        Source = source;
        Errors = errors;
        Sink = sink;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode scalar && scalar.Value is { } name)
            {
                _entries[name] = (scalar, value);
            }
        }
    }

    public YamlSource Source { get; }

    public YamlErrors Errors { get; }

    public ICollection<Diagnostic> Sink { get; }

    /// <summary>Where this mapping starts.</summary>
    public SourceLocation Location => Source.At(_node.Start);

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The location of a key, or of the mapping when the key is absent.</summary>
    public SourceLocation KeyLocation(string key) => _entries.TryGetValue(key, out var e) ? Source.At(e.Key.Start) : Location;

    public SourceLocation ValueLocation(string key) => _entries.TryGetValue(key, out var e) ? Source.At(e.Value.Start) : Location;

    public string? String(string key, bool required = false)
    {
        if (!TryScalar(key, required, out var scalar, out _))
        {
            return null;
        }

        return scalar;
    }

    public int? Int(string key, bool required = false)
    {
        if (!TryScalar(key, required, out var text, out var node))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(YamlDiagnostics.NotAnInteger(Errors, Source.At(node!.Start), key, text!));
        return null;
    }

    /// <summary>A web address (http or https) or, where allowed, a mailto: address.</summary>
    public string? Url(string key, bool allowMail = false)
    {
        if (!TryScalar(key, false, out var text, out var node))
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme is "http" or "https" || (allowMail && uri.Scheme == "mailto")))
        {
            return text;
        }

        Report(YamlDiagnostics.NotAWebAddress(Errors, Source.At(node!.Start), key, text!));
        return null;
    }

    public bool? Bool(string key)
    {
        if (!TryScalar(key, false, out var text, out var node))
        {
            return null;
        }

        var word = text!.ToLowerInvariant();
        if (TrueWords.Contains(word))
        {
            return true;
        }

        if (FalseWords.Contains(word))
        {
            return false;
        }

        Report(YamlDiagnostics.NotABoolean(Errors, Source.At(node!.Start), key, text));
        return null;
    }

    /// <summary>The words (in lower case; compared ignoring case) that <see cref="Bool"/> reads as yes.</summary>
    public static readonly ImmutableArray<string> TrueWords = ["true", "ja", "yes", "on"];

    /// <summary>The words (in lower case; compared ignoring case) that <see cref="Bool"/> reads as no.</summary>
    public static readonly ImmutableArray<string> FalseWords = ["false", "nein", "no", "off"];

    public DateOnly? Date(string key, bool required = false)
    {
        if (!TryScalar(key, required, out var text, out var node))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(YamlDiagnostics.NotADate(Errors, Source.At(node!.Start), key, text!));
        return null;
    }

    /// <summary>A list of strings; a single scalar counts as a one-element list.</summary>
    public ImmutableArray<Located<string>> StringList(string key, bool required = false)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                ReportMissing(key);
            }

            return [];
        }

        switch (entry.Value)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return [new Located<string>(scalar.Value!, Source.At(scalar.Start))];
            case YamlSequenceNode sequence:
                var items = ImmutableArray.CreateBuilder<Located<string>>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
                    {
                        items.Add(new Located<string>(s.Value!, Source.At(s.Start)));
                    }
                    else
                    {
                        Report(YamlDiagnostics.ListItemNotText(Errors, Source.At(item.Start), key));
                    }
                }

                if (required && items.Count == 0)
                {
                    Report(YamlDiagnostics.RequiredListEmpty(Errors, Source.At(entry.Key.Start), key));
                }

                return items.ToImmutable();
            default:
                if (required)
                {
                    Report(YamlDiagnostics.RequiredListEmpty(Errors, Source.At(entry.Key.Start), key));
                }
                else if (entry.Value is not YamlScalarNode)
                {
                    Report(YamlDiagnostics.NotAList(Errors, Source.At(entry.Value.Start), key));
                }

                return [];
        }
    }

    /// <summary>A list of mappings, each read with its own <see cref="YamlMap"/>.</summary>
    public ImmutableArray<YamlMap> Maps(string key, bool required = false)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                ReportMissing(key);
            }

            return [];
        }

        if (entry.Value is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            Report(YamlDiagnostics.NotAListOfEntries(Errors, Source.At(entry.Value.Start), key));
            return [];
        }

        var maps = ImmutableArray.CreateBuilder<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(mapping, Source, Errors, Sink));
            }
            else
            {
                Report(YamlDiagnostics.ListItemNotAMapping(Errors, Source.At(item.Start), key));
            }
        }

        return maps.ToImmutable();
    }

    /// <summary>A nested mapping, or null.</summary>
    public YamlMap? Map(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, Source, Errors, Sink);
        }

        Report(YamlDiagnostics.NotAMapping(Errors, Source.At(entry.Value.Start), key));
        return null;
    }

    /// <summary>Warns about every key that is not in <paramref name="allowed"/>.</summary>
    public void WarnUnknownKeys(IReadOnlySet<string> allowed, string where)
    {
        foreach (var (name, entry) in _entries)
        {
            if (!allowed.Contains(name))
            {
                Report(YamlDiagnostics.UnknownKey(Errors, Source.At(entry.Key.Start), name, where, allowed));
            }
        }
    }

    /// <summary>Adds a diagnostic, usually one from the catalogue in <c>Diagnostics/</c>, to this file's findings.</summary>
    public void Report(Diagnostic diagnostic) => Sink.Add(diagnostic);

    private void ReportMissing(string key) =>
        Report(YamlDiagnostics.RequiredMissing(Errors, Location, key));

    private bool TryScalar(string key, bool required, out string? text, out YamlNode? node)
    {
        text = null;
        node = null;
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                ReportMissing(key);
            }

            return false;
        }

        node = entry.Value;
        if (entry.Value is not YamlScalarNode scalar)
        {
            Report(YamlDiagnostics.NotASingleValue(Errors, Source.At(entry.Value.Start), key));
            return false;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required)
            {
                Report(YamlDiagnostics.RequiredEmpty(Errors, Source.At(entry.Key.Start), key));
            }

            return false;
        }

        text = scalar.Value.Trim();
        return true;
    }
}

/// <summary>A value together with where it was written.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
