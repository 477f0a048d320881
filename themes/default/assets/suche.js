// The site's full-text search, on top of Pagefind's index (written by the build next to the pages).
// German-aware by Pagefind itself (stemming, umlaut and ß folding, prefixes); glossary abbreviations and their
// long forms are searched together here. Results are built as DOM nodes, never from HTML strings.
const root = document.getElementById("suche");
const form = root.querySelector("form");
const input = document.getElementById("suchbegriff");
const status = document.getElementById("suche-status");
const list = document.getElementById("suche-ergebnisse");
const filterSet = root.querySelector(".suche-filter");
const selects = [...root.querySelectorAll("select[data-filter]")];
const pairs = JSON.parse(root.dataset.abkuerzungen || "[]");
const params = new URLSearchParams(location.search);
let pagefind = null;
let latest = 0;

function say(text) {
  status.textContent = text;
}

// The query, and the same query with each glossary abbreviation swapped for its long form and back.
function variants(query) {
  const found = new Set([query]);
  const lower = query.toLocaleLowerCase("de");
  for (const [abbreviation, long] of pairs) {
    const word = new RegExp("(^|[^\\p{L}\\p{N}])" + abbreviation.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "(?=$|[^\\p{L}\\p{N}])", "iu");
    if (word.test(query)) {
      found.add(query.replace(word, (m, before) => before + long));
    }
    const at = lower.indexOf(long.toLocaleLowerCase("de"));
    if (at >= 0) {
      found.add(query.slice(0, at) + abbreviation + query.slice(at + long.length));
    }
  }
  return [...found];
}

function chosenFilters() {
  const filters = {};
  for (const select of selects) {
    if (select.value === "") { continue; }
    const option = select.selectedOptions[0];
    filters[select.dataset.filter] = option.dataset.label || select.value;
  }
  return filters;
}

// Pagefind marks hits with <mark> in an otherwise escaped excerpt: copied as text and <mark> elements only.
function excerptNode(excerpt) {
  const paragraph = document.createElement("p");
  paragraph.className = "suche-auszug";
  const parsed = new DOMParser().parseFromString("<body>" + excerpt + "</body>", "text/html").body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(document.createTextNode(node.textContent));
    }
  }
  return paragraph;
}

function resultNode(data) {
  const item = document.createElement("li");
  item.className = "suche-treffer";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = (data.meta && data.meta.title) || data.url;
  heading.append(link);
  item.append(heading);
  const facts = [];
  for (const key of ["Baustein", "Ebene", "Status"]) {
    const values = data.filters && data.filters[key];
    if (values && values.length) { facts.push(key + ": " + values.join(", ")); }
  }
  const fassung = data.filters && data.filters.Fassung;
  if (fassung && fassung.length && selects[0] && selects[0].value !== "aktuell") { facts.push(fassung.join(", ")); }
  if (facts.length) {
    const meta = document.createElement("p");
    meta.className = "suche-meta";
    meta.textContent = facts.join(" · ");
    item.append(meta);
  }
  item.append(excerptNode(data.excerpt || ""));
  return item;
}

async function run() {
  const query = input.value.trim();
  const ticket = ++latest;
  list.replaceChildren();
  if (query === "") {
    say("Bitte einen Suchbegriff eingeben.");
    return;
  }
  say("Suche läuft …");
  const filters = chosenFilters();
  const searches = await Promise.all(variants(query).map(q => pagefind.search(q, { filters })));
  const best = new Map();
  for (const search of searches) {
    for (const result of search.results) {
      const known = best.get(result.id);
      if (!known || known.score < result.score) { best.set(result.id, result); }
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, 30);
  const data = await Promise.all(ranked.map(r => r.data()));
  if (ticket !== latest) { return; }
  list.replaceChildren(...data.map(resultNode));
  const count = best.size;
  say(count === 0
    ? `Keine Treffer für „${query}“.`
    : `${count} Treffer für „${query}“${count > ranked.length ? `, die ${ranked.length} besten werden gezeigt` : ""}.`);
}

async function fillFilters() {
  const available = await pagefind.filters();
  for (const select of selects.slice(1)) {
    const values = Object.keys(available[select.dataset.filter] || {}).sort((a, b) => a.localeCompare(b, "de"));
    for (const value of values) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = value;
      select.append(option);
    }
    const wanted = params.get(select.name);
    if (wanted && values.includes(wanted)) { select.value = wanted; }
  }
  const fassung = params.get("fassung");
  if (fassung && [...selects[0].options].some(o => o.value === fassung)) { selects[0].value = fassung; }
}

async function start() {
  try {
    pagefind = await import(root.dataset.script);
    await pagefind.options({ baseUrl: root.dataset.base, excerptLength: 24 });
    await fillFilters();
  } catch (error) {
    say("Die Suche konnte nicht geladen werden. Bitte nutzen Sie die Übersicht oder das Glossar.");
    return;
  }
  document.getElementById("suche-ohne-skript").hidden = true;
  filterSet.hidden = false;
  form.addEventListener("submit", event => {
    event.preventDefault();
    const address = new URL(location.href);
    address.searchParams.set("q", input.value.trim());
    for (const select of selects) {
      if (select.value === "" || (select.name === "fassung" && select.value === "aktuell")) { address.searchParams.delete(select.name); } else { address.searchParams.set(select.name, select.value); }
    }
    history.replaceState(null, "", address);
    run();
  });
  for (const select of selects) { select.addEventListener("change", () => { if (input.value.trim() !== "") { run(); } }); }
  const query = params.get("q");
  if (query) {
    input.value = query;
    run();
  }
}

start();
