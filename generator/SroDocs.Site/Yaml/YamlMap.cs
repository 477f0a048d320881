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

    public IEnumerable<string> Keys => _entries.Keys;

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

        Report(Errors.WrongType, Source.At(node!.Start), $"'{key}' muss eine ganze Zahl sein, gefunden wurde '{text}'.");
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

        Report(Errors.WrongType, Source.At(node!.Start), $"'{key}' muss eine vollständige Web-Adresse sein, die mit https:// oder http:// beginnt, gefunden wurde '{text}'.");
        return null;
    }

    public bool? Bool(string key)
    {
        if (!TryScalar(key, false, out var text, out var node))
        {
            return null;
        }

        switch (text!.ToLowerInvariant())
        {
            case "true" or "ja" or "yes" or "on": return true;
            case "false" or "nein" or "no" or "off": return false;
            default:
                Report(Errors.WrongType, Source.At(node!.Start), $"'{key}' muss 'true' oder 'false' sein, gefunden wurde '{text}'.");
                return null;
        }
    }

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

        Report(Errors.InvalidDate, Source.At(node!.Start), $"'{key}' muss ein Datum im Format JJJJ-MM-TT sein (z. B. 2024-01-09), gefunden wurde '{text}'.");
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
                        Report(Errors.WrongType, Source.At(item.Start), $"Jeder Eintrag in '{key}' muss ein einfacher Text sein.");
                    }
                }

                if (required && items.Count == 0)
                {
                    Report(Errors.RequiredMissing, Source.At(entry.Key.Start), $"'{key}' darf nicht leer sein.");
                }

                return items.ToImmutable();
            default:
                if (required)
                {
                    Report(Errors.RequiredMissing, Source.At(entry.Key.Start), $"'{key}' darf nicht leer sein.");
                }
                else if (entry.Value is not YamlScalarNode)
                {
                    Report(Errors.WrongType, Source.At(entry.Value.Start), $"'{key}' muss eine Liste sein, z. B. [a, b].");
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
            Report(Errors.WrongType, Source.At(entry.Value.Start), $"'{key}' muss eine Liste von Einträgen sein (jede Zeile beginnt mit '- ').");
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
                Report(Errors.WrongType, Source.At(item.Start), $"Jeder Eintrag in '{key}' muss aus Schlüsseln und Werten bestehen (z. B. 'id: …').");
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

        Report(Errors.WrongType, Source.At(entry.Value.Start), $"'{key}' muss aus Schlüsseln und Werten bestehen.");
        return null;
    }

    /// <summary>Warns about every key that is not in <paramref name="allowed"/>.</summary>
    public void WarnUnknownKeys(IReadOnlySet<string> allowed, string where)
    {
        foreach (var (name, entry) in _entries)
        {
            if (!allowed.Contains(name))
            {
                var hint = Suggestion.For(name, allowed, maxDistance: 2);
                Sink.Add(new Diagnostic(
                    Errors.UnknownKey,
                    Severity.Warning,
                    $"Unbekannter Schlüssel '{name}' {where}; er wird ignoriert.{hint}",
                    Source.At(entry.Key.Start)));
            }
        }
    }

    public void Report(string code, SourceLocation location, string message, Severity severity = Severity.Error) =>
        Sink.Add(new Diagnostic(code, severity, message, location));

    private void ReportMissing(string key) =>
        Report(Errors.RequiredMissing, Location, $"Pflichtangabe '{key}' fehlt.");

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
            Report(Errors.WrongType, Source.At(entry.Value.Start), $"'{key}' muss ein einzelner Wert sein, keine Liste und kein Abschnitt.");
            return false;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required)
            {
                Report(Errors.RequiredMissing, Source.At(entry.Key.Start), $"Pflichtangabe '{key}' ist leer.");
            }

            return false;
        }

        text = scalar.Value.Trim();
        return true;
    }
}

/// <summary>A value together with where it was written.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
