using SroDocs.Bench;

// srodocs-bench neuaufbau <Inhalt> <Theme> [Läufe]          warmer Neuaufbau nach Änderung einer Seite (im Prozess)
// srodocs-bench neuladen <srodocs> <Inhalt> <Theme> [Läufe] Speichern bis Neuladen gegen einen laufenden `serve`
return args switch
{
    ["neuaufbau", var content, var theme, ..] => await WarmRebuild.RunAsync(content, theme, Runs(args, 3)),
    ["neuladen", var program, var content, var theme, ..] => await SaveToReload.RunAsync(program, content, theme, Runs(args, 4)),
    _ => Usage(),
};

static int Runs(string[] args, int at) => args.Length > at && int.TryParse(args[at], out var runs) ? runs : 15;

static int Usage()
{
    Console.Error.WriteLine("Aufruf: srodocs-bench neuaufbau <Inhalt> <Theme> [Läufe] | neuladen <srodocs> <Inhalt> <Theme> [Läufe]");
    return 2;
}
