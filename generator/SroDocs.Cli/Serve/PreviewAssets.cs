namespace SroDocs.Cli.Serve;

/// <summary>The preview's own script and style: reload on a good build, an accessible overlay with the messages of a bad one.</summary>
public static class PreviewAssets
{
    public const string Script = """
        // SroDocs preview: reloads the page after each good build and shows the errors of a bad one.
        (function () {
          var events = new EventSource("/__srodocs/ereignisse");
          var overlay = null;
          var before = null;
          function close() {
            if (!overlay) { return; }
            overlay.remove();
            overlay = null;
            if (before && before.focus) { before.focus(); }
          }
          function show(messages) {
            close();
            before = document.activeElement;
            overlay = document.createElement("div");
            overlay.className = "srodocs-fehler";
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-modal", "true");
            overlay.setAttribute("aria-labelledby", "srodocs-fehler-titel");
            var title = document.createElement("h2");
            title.id = "srodocs-fehler-titel";
            title.textContent = messages.length === 1 ? "Die Vorschau hat 1 Fehler" : "Die Vorschau hat " + messages.length + " Fehler";
            var list = document.createElement("ul");
            messages.forEach(function (message) {
              var item = document.createElement("li");
              item.textContent = message;
              list.append(item);
            });
            var hint = document.createElement("p");
            hint.textContent = "Sobald die Datei korrigiert und gespeichert ist, lädt die Seite neu. Bis dahin zeigt die Vorschau den letzten fehlerfreien Stand.";
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = "Schließen (Esc)";
            button.addEventListener("click", close);
            overlay.append(title, list, hint, button);
            document.body.append(overlay);
            button.focus();
          }
          document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && overlay) { close(); }
          });
          events.addEventListener("open", function () { document.documentElement.setAttribute("data-srodocs-vorschau", "verbunden"); });
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("fehler", function (event) { show(JSON.parse(event.data)); });
        })();
        """;

    public const string Style = """
        .srodocs-fehler { position: fixed; inset: 1rem; z-index: 1000; overflow: auto; background: #fff; color: #1b1b1b; border: 4px solid #8a1c1c; border-radius: 0.5rem; padding: 1rem 1.25rem; font: 1rem/1.5 system-ui, sans-serif; box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.4); }
        .srodocs-fehler h2 { margin-top: 0; color: #8a1c1c; }
        .srodocs-fehler li { font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.5rem 0; }
        .srodocs-fehler button { font: inherit; padding: 0.4rem 1rem; border: 2px solid #1b1b1b; background: #fff; color: #1b1b1b; border-radius: 0.25rem; }
        .srodocs-fehler button:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
        """;
}
