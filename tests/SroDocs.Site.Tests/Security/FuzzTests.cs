using System.Diagnostics;
using System.Text;
using CsCheck;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Testing;
using Xunit.Abstractions;

namespace SroDocs.Site.Tests.Security;

/// <summary>
/// Mutates the files of the shipped content (byte flips, truncation, duplicated, deleted and swapped lines, YAML and
/// Markdown special characters, deep nesting) and builds each mutant in memory: every build must end with located
/// diagnostics or success, never with an exception, an internal error or a runaway cost. The mutants come from
/// CsCheck generators on a fixed PCG seed, so every run builds the same <see cref="Iterations"/> sites; a failure
/// names the iteration and the seed to replay it with. <c>SRODOCS_FUZZ_ITERATIONS</c> and <c>SRODOCS_FUZZ_SEED</c> run a
/// longer or another series locally.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("SRODOCS_FUZZ_ITERATIONS"), out var n) ? n : 400;

    private static readonly uint Seed = uint.TryParse(Environment.GetEnvironmentVariable("SRODOCS_FUZZ_SEED"), out var s) ? s : 20261201;

    /// <summary>No build of a mutant may take longer; a guard against runaway cost, not a speed goal.</summary>
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(20);

    private static readonly string[] Specials =
    [
        ":", ": ", "- ", "-", "[", "]", "{", "}", "&a ", "*a", "<<: ", "!!binary ", "|", ">", "#", "%", "@", "`", "```",
        "\"", "'", "\t", "---", "...", "? ", "\\", "<", "</", "<div>", "<!--", "]]>", "*", "_", "~~", "[^1]", "[x]: #",
        "|---|", "{#id}", "{.klasse}", "<details>", "&#0;", "\u0000", "\uFFFD", "\u202E", "\r", "\n\n", "xref:", "](",
        "![](", "<https://", "javascript:", "***", "    ", "$$",
    ];

    private static readonly IReadOnlyDictionary<string, byte[]> Originals = ReadShippedContent();

    private static readonly string[] Paths = [.. Originals.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public async Task EveryMutant_EndsWithLocatedDiagnosticsOrSuccess_WithinTheTimeBound()
    {
        var random = new PCG(Seed);
        var slowest = TimeSpan.Zero;
        var failed = 0;
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            // Given: one file of the shipped content, mutated one to four times
            var replaySeed = random.ToString();
            var (path, mutations) = Mutant.Generate(random, null, out _);
            var bytes = mutations.Aggregate(Originals[path], (current, mutation) => mutation.Apply(current));
            var files = new Dictionary<string, byte[]>(Originals, StringComparer.Ordinal) { [path] = bytes };
            var inputs = new SiteInputs(new MemoryContentSource(files, "content/"), new PhysicalContentSource(RepositoryPaths.DefaultTheme, RepositoryPaths.Root))
            {
                ReferenceDate = new DateOnly(2026, 12, 1),
                Output = new MemoryOutput(),
            };

            // When
            var clock = Stopwatch.StartNew();
            SiteBuildResult result;
            try
            {
                result = await SiteDefinition.Default().BuildAsync(inputs);
            }
            catch (Exception exception)
            {
                throw new ShouldAssertException($"Iteration {iteration} (Seed {replaySeed}): {path} mit {Describe(mutations)} wirft {exception}");
            }

            clock.Stop();
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            failed += result.HasErrors ? 1 : 0;

            // Then
            var context = $"Iteration {iteration} (Seed {replaySeed}): {path} mit {Describe(mutations)}";
            result.Diagnostics.ShouldNotContain(d => d.Code == "SRO0001", context + "\n" + string.Join("\n", result.Diagnostics));
            result.Diagnostics.Where(d => d.Severity == Severity.Error)
                .ShouldAllBe(d => d.Location != null && d.Location.Value.Path.Length > 0, context);
            clock.Elapsed.ShouldBeLessThan(TimeBound, context);
        }

        output.WriteLine($"{Iterations} Mutanten gebaut, {failed} mit Fehlern gemeldet, langsamster Bau {slowest.TotalMilliseconds:F0} ms.");
        failed.ShouldBeGreaterThan(Iterations / 4, "the mutations are meant to break files; if almost none break, the fuzzer tests nothing");
    }

    /// <summary>A file to mutate and one to four mutations of it.</summary>
    private static readonly Gen<(string Path, Mutation[] Mutations)> Mutant =
        Gen.Select(Gen.Int[0, Paths.Length - 1].Select(i => Paths[i]), MutationGen.Array[1, 4]);

    private static Gen<Mutation> MutationGen => Gen.Frequency(
        (3, Gen.Select(Gen.Double[0, 1], Gen.Byte[1, 255]).Select(x => (Mutation)new FlipByte(x.Item1, x.Item2))),
        (1, Gen.Double[0, 1].Select(at => (Mutation)new Truncate(at))),
        (2, Gen.Select(Gen.Double[0, 1], Gen.Int[1, 50]).Select(x => (Mutation)new DuplicateLine(x.Item1, x.Item2))),
        (2, Gen.Double[0, 1].Select(at => (Mutation)new DeleteLine(at))),
        (1, Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1]).Select(x => (Mutation)new SwapLines(x.Item1, x.Item2))),
        (4, Gen.Select(Gen.Double[0, 1], Gen.Int[0, Specials.Length - 1]).Select(x => (Mutation)new InsertText(x.Item1, Specials[x.Item2]))),
        (2, Gen.Select(Gen.Double[0, 1], Gen.Int[0, Specials.Length - 1], Gen.Int[10, 3000]).Select(x => (Mutation)new Nest(x.Item1, Specials[x.Item2], x.Item3))));

    private static string Describe(Mutation[] mutations) => string.Join(", ", mutations.Select(m => m.ToString()));

    private static Dictionary<string, byte[]> ReadShippedContent() =>
        Directory.EnumerateFiles(RepositoryPaths.ShippedContent, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(RepositoryPaths.ShippedContent, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>One change to a file's bytes; positions are fractions of the file, so every mutation fits every file.</summary>
    private abstract record Mutation
    {
        public abstract byte[] Apply(byte[] bytes);

        protected static int Index(double at, int length) => length == 0 ? 0 : Math.Min(length - 1, (int)(at * length));

        protected static List<string> Lines(byte[] bytes) => [.. Encoding.UTF8.GetString(bytes).Split('\n')];

        protected static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private sealed record FlipByte(double At, byte Mask) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var copy = (byte[])bytes.Clone();
            if (copy.Length > 0)
            {
                copy[Index(At, copy.Length)] ^= Mask;
            }

            return copy;
        }
    }

    private sealed record Truncate(double At) : Mutation
    {
        public override byte[] Apply(byte[] bytes) => bytes[..Index(At, bytes.Length)];
    }

    private sealed record DuplicateLine(double At, int Times) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var lines = Lines(bytes);
            var i = Index(At, lines.Count);
            lines.InsertRange(i, Enumerable.Repeat(lines[i], Times));
            return Join(lines);
        }
    }

    private sealed record DeleteLine(double At) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var lines = Lines(bytes);
            lines.RemoveAt(Index(At, lines.Count));
            return Join(lines);
        }
    }

    private sealed record SwapLines(double First, double Second) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var lines = Lines(bytes);
            var (i, j) = (Index(First, lines.Count), Index(Second, lines.Count));
            (lines[i], lines[j]) = (lines[j], lines[i]);
            return Join(lines);
        }
    }

    private sealed record InsertText(double At, string Text) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var i = bytes.Length == 0 ? 0 : Index(At, bytes.Length + 1);
            return [.. bytes[..i], .. Encoding.UTF8.GetBytes(Text), .. bytes[i..]];
        }

        public override string ToString() => $"InsertText({At:F3}, {Escape(Text)})";
    }

    /// <summary>A line prefixed with <see cref="Depth"/> copies of a construct: block quotes, list items, brackets, indentation.</summary>
    private sealed record Nest(double At, string Prefix, int Depth) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var lines = Lines(bytes);
            var i = Index(At, lines.Count);
            lines[i] = string.Concat(Enumerable.Repeat(Prefix, Depth)) + lines[i];
            return Join(lines);
        }

        public override string ToString() => $"Nest({At:F3}, {Escape(Prefix)} × {Depth})";
    }

    private static string Escape(string text) =>
        "\"" + string.Concat(text.Select(c => char.IsControl(c) || c > '\u2000' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
