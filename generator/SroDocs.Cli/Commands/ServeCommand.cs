using System.CommandLine;
using System.Net;
using SroDocs.Cli.Serve;

namespace SroDocs.Cli.Commands;

/// <summary><c>serve</c>: the live preview on 127.0.0.1 (another address only with <c>--adresse</c>, with a warning).</summary>
public static class ServeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new SiteCommandOptions();
        var port = new Option<int>("--port") { HelpName = "port", Description = "Port der Vorschau", DefaultValueFactory = _ => 8080 };
        var bind = new Option<string>("--adresse") { HelpName = "adresse", Description = "Netzadresse der Vorschau; andere als 127.0.0.1 machen sie im Netz sichtbar", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Zeigt die Website als Vorschau im Browser und erneuert sie bei jeder gespeicherten Änderung.");
        options.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(bind);
        command.SetAction(async (result, token) =>
        {
            if (!IPAddress.TryParse(result.GetValue(bind), out var address))
            {
                environment.Error.WriteLine($"Fehler: --adresse erwartet eine IP-Adresse wie 127.0.0.1 (angegeben: '{result.GetValue(bind)}').");
                return ExitCodes.Usage;
            }

            if (result.GetValue(port) is < 1 or > 65535)
            {
                environment.Error.WriteLine($"Fehler: --port erwartet eine Zahl von 1 bis 65535 (angegeben: {result.GetValue(port)}).");
                return ExitCodes.Usage;
            }

            if (!IPAddress.IsLoopback(address))
            {
                environment.Error.WriteLine($"Warnung: Die Vorschau ist unter {address} auch für andere Rechner im Netz erreichbar. Sie zeigt unveröffentlichte Inhalte.");
            }

            var output = Directory.CreateTempSubdirectory("srodocs-vorschau-").FullName;
            try
            {
                var (request, error) = options.Read(result, output);
                if (request is null)
                {
                    environment.Error.WriteLine("Fehler: " + error);
                    return ExitCodes.Usage;
                }

                return await new PreviewServer(request, output, address, result.GetValue(port), environment).RunAsync(token);
            }
            finally
            {
                try
                {
                    Directory.Delete(output, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        });
        return command;
    }
}
