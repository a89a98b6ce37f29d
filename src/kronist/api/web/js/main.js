// The analysts' page: filters drive the map, the network, the timeline and the event list;
// documents, quotes, actors and stories open the article view. Every view and filter lives in
// the page's address (see `urlState`), so a filtered view can be bookmarked and shared, and the
// browser's back button steps back through them.

import { getJson, postJson, query } from "./api.js";
import { clear, el, plural } from "./dom.js";
import { typeColor } from "./colors.js";
import { renderTimeline } from "./timeline.js";
import { createMap, renderLegend, resizeMap, updateMap } from "./map.js";
import { renderNetwork, renderSectorLegend, resizeNetwork } from "./network.js";
import { actorLabel, closeArticle, showArticle } from "./article.js";

const PAGE_SIZE = 50;
const FILTER_FIELDS = ["since", "until", "type", "actor", "country", "text"];
const $ = (id) => document.getElementById(id);

const DEFAULTS = { sort: "date:desc", tab: "documents" };
const DOWNLOAD_FORMATS = ["csv", "json", "parquet"];

const state = {
  filters: {},
  sort: DEFAULTS.sort,
  offset: 0,
  tab: DEFAULTS.tab,
  search: "",
  doc: null,
  timelineAll: false,
  generation: 0,
};

// the address: ?type=ASSAULT&country=UKR&sort=killed:desc&page=2&tab=actors&q=...&doc=ID

function urlState() {
  const params = new URLSearchParams(window.location.search);
  const filters = {};
  for (const name of FILTER_FIELDS) {
    const value = (params.get(name) || "").trim();
    if (value) filters[name] = value;
  }
  const page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
  return {
    filters,
    sort: params.get("sort") || DEFAULTS.sort,
    offset: (page - 1) * PAGE_SIZE,
    tab: TABS[params.get("tab")] ? params.get("tab") : DEFAULTS.tab,
    search: params.get("q") || "",
    doc: params.get("doc") || null,
    timelineAll: params.get("timeline") === "all",
  };
}

function stateUrl() {
  const params = {
    ...state.filters,
    sort: state.sort !== DEFAULTS.sort ? state.sort : "",
    page: state.offset ? state.offset / PAGE_SIZE + 1 : "",
    tab: state.tab !== DEFAULTS.tab ? state.tab : "",
    q: state.search,
    doc: state.doc || "",
    timeline: state.timelineAll ? "all" : "",
  };
  return `${window.location.pathname}${query(params)}`;
}

// A new entry in the browser's history for each view; `replace` for typing in a search box.
function saveUrl({ replace = false } = {}) {
  const url = stateUrl();
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
}

function renderDownloads() {
  for (const format of DOWNLOAD_FORMATS) {
    $(`download-${format}`).href = `/api/events/download${query({ ...state.filters, format })}`;
  }
}

// filters

function readFilters() {
  const filters = {};
  for (const name of FILTER_FIELDS) {
    const value = $(`f-${name}`).value.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

function writeFilters(filters) {
  for (const name of FILTER_FIELDS) $(`f-${name}`).value = filters[name] || "";
}

function setFilter(name, value) {
  const filters = { ...state.filters, [name]: value };
  if (!value) delete filters[name];
  writeFilters(filters);
  applyFilters(filters);
}

function applyFilters(filters) {
  state.filters = filters;
  state.offset = 0;
  saveUrl();
  renderActiveFilters();
  renderDownloads();
  return refresh();
}

function renderActiveFilters() {
  const box = clear($("active-filters"));
  for (const [name, value] of Object.entries(state.filters)) {
    box.append(el("button", {
      type: "button",
      className: "filter-chip",
      title: "Remove this filter",
      onclick: () => setFilter(name, ""),
    }, `${name}: ${value}`, el("span", { className: "x" }, " ×")));
  }
}

// loading

async function loadStats() {
  const stats = await getJson("/stats");
  const parts = [
    el("span", {}, el("b", {}, plural(stats.documents, "document"))),
    el("span", {}, el("b", {}, plural(stats.events, "event"))),
    el("span", {}, el("b", {}, plural(stats.quotes, "quote"))),
  ];
  if (stats.near_duplicates) parts.push(el("span", {}, plural(stats.near_duplicates, "near-duplicate")));
  if (!stats.read_only) parts.push(el("span", { className: "writable" }, "writable"));
  clear($("stats")).append(...parts);
}

async function loadMapAndLegend() {
  const [places, countries, types] = await Promise.all([
    getJson("/aggregates/places", state.filters),
    getJson("/aggregates/countries", state.filters),
    getJson("/aggregates/types", state.filters),
  ]);
  const counts = Object.fromEntries(types.map((t) => [t.type, t.count]));
  const shown = updateMap(places, countries, { onPickType: (type) => setFilter("type", type) });
  $("map-count").textContent = `${plural(shown.places, "place")} · ${plural(shown.markers, "marker")}`;
  renderLegend($("legend"), counts, {
    activeType: state.filters.type,
    onPickType: (type) => setFilter("type", type),
  });
}

async function loadNetwork() {
  const network = await getJson("/network", state.filters);
  const shown = renderNetwork($("network"), network, { onPickActor: (name) => setFilter("actor", name) });
  const hidden = shown.hiddenNodes ? ` (the ${shown.nodes} most involved of ${shown.nodes + shown.hiddenNodes})` : "";
  $("network-count").textContent = `${plural(shown.nodes, "actor")}${hidden} · ${plural(shown.edges, "link")}`;
  renderSectorLegend($("sector-legend"), network);
}

async function loadTimeline() {
  const [days, types] = await Promise.all([
    getJson("/aggregates/daily", state.filters),
    getJson("/aggregates/types", state.filters),
  ]);
  const total = days.reduce((sum, d) => sum + d.total, 0);
  const undated = types.reduce((sum, t) => sum + t.count, 0) - total;
  const shown = renderTimeline($("timeline"), days, {
    undated,
    showAll: state.timelineAll,
    onPickRange: (since, until) => {
      const filters = { ...state.filters, since, until };
      writeFilters(filters);
      applyFilters(filters);
    },
    onToggleAll: (all) => {
      state.timelineAll = all;
      saveUrl();
      loadTimeline();
    },
  });
  const parts = [];
  if (days.length) {
    parts.push(`${plural(total, "dated event")} by ${shown.bin}`, "click a bar to filter");
  }
  if (undated > 0) parts.push(plural(undated, "undated event"));
  $("timeline-count").textContent = parts.join(" · ");
}

function eventRow(event) {
  const where = [event.place_name, event.place_country].filter(Boolean).join(", ");
  const flags = [event.negated ? "negated" : "", event.modality !== "asserted" ? event.modality : ""]
    .filter(Boolean);
  const casualties = [event.killed ? `${event.killed} killed` : "", event.injured ? `${event.injured} injured` : ""]
    .filter(Boolean).join(", ");
  const actor = actorLabel(event.actor_name && { name: event.actor_name, country: event.actor_country, sector: event.actor_sector }, event.actor_text);
  const recipient = actorLabel(event.recipient_name && { name: event.recipient_name, country: event.recipient_country, sector: event.recipient_sector }, event.recipient_text);
  return el("tr", {
    className: "event-row",
    dataset: { type: event.event, document: event.document_id },
    title: "Open the article at this event",
    onclick: () => openDocument(event.document_id, { focusEvent: event.id }),
  },
  el("td", { className: "nowrap" }, event.date || "undated",
    event.date_expression ? el("div", { className: "muted" }, event.date_expression) : null),
  el("td", {}, el("span", { className: "type-chip", style: { background: typeColor(event.event) } }, event.event),
    event.mode ? el("div", { className: "muted" }, event.mode) : null),
  el("td", {}, actor, el("span", { className: "arrow" }, " → "), recipient,
    flags.length ? el("div", { className: "flag" }, flags.join(", ")) : null),
  el("td", {}, where || "—", casualties ? el("div", { className: "casualties" }, casualties) : null),
  el("td", { className: "anchor" }, `“${event.anchor}”`),
  el("td", { className: "source" }, el("div", { className: "clamp", title: event.document_title }, event.document_title || event.document_id),
    event.document_published ? el("div", { className: "muted" }, event.document_published) : null));
}

async function loadEvents() {
  const [sort, order] = state.sort.split(":");
  const page = await getJson("/events", {
    ...state.filters, sort, order, limit: PAGE_SIZE, offset: state.offset,
  });
  const body = clear($("events-table").tBodies[0]);
  if (!page.items.length) {
    body.append(el("tr", {}, el("td", { colspan: 6, className: "empty" }, "No events match the filters.")));
  }
  body.append(...page.items.map(eventRow));
  $("events-count").textContent = plural(page.total, "event");
  const last = Math.min(page.total, state.offset + page.items.length);
  $("events-range").textContent = page.total ? `${state.offset + 1}–${last} of ${page.total}` : "";
  $("events-prev").disabled = state.offset === 0;
  $("events-next").disabled = last >= page.total;
  $("events-table").dataset.offset = String(state.offset);
}

async function refresh() {
  document.body.dataset.loading = "true";
  try {
    await Promise.all([loadStats(), loadMapAndLegend(), loadNetwork(), loadTimeline(), loadEvents()]);
    $("filters").classList.remove("failed");
  } catch (error) {
    $("filters").classList.add("failed");
    showToast(`Could not load: ${error.message}`);
  } finally {
    state.generation += 1;
    document.body.dataset.generation = String(state.generation);
    delete document.body.dataset.loading;
  }
}

// side panel: documents, quotes, actors, stories

const TABS = {
  documents: {
    placeholder: "search documents",
    load: (search) => getJson("/documents", { q: search, limit: 100 }),
    item: (doc) => el("li", { onclick: () => openDocument(doc.id) },
      el("div", { className: "title clamp", title: doc.title }, doc.title || doc.id),
      el("div", { className: "muted" },
        [doc.published, doc.source, plural(doc.event_count, "event"),
          doc.duplicate_of ? "near-duplicate" : ""].filter(Boolean).join(" · "))),
  },
  quotes: {
    placeholder: "speaker contains",
    load: (search) => getJson("/quotes", { speaker: search, limit: 100 }),
    item: (quote) => el("li", { onclick: () => openDocument(quote.document_id, { focusQuote: quote.id }) },
      el("div", {}, el("strong", {}, quote.speaker || "unknown speaker"),
        quote.speaker_name && quote.speaker_name !== quote.speaker
          ? el("span", { className: "muted" }, ` (${quote.speaker_name})`) : null,
        quote.channel ? el("span", { className: "muted" }, ` via ${quote.channel}`) : null),
      el("div", { className: "quote-text" }, `“${quote.text.length > 160 ? `${quote.text.slice(0, 160)}…` : quote.text}”`),
      el("div", { className: "muted" }, quote.document_title)),
  },
  actors: {
    placeholder: "actor name contains",
    load: (search) => getJson("/actors", { name: search, limit: 100 }),
    item: (actor) => el("li", { onclick: () => setFilter("actor", actor.name), title: "Filter by this actor" },
      el("div", { className: "title" }, actorLabel({ ...actor, sector: actor.sectors.join("/") })),
      el("div", { className: "muted" },
        `${actor.as_actor} as actor · ${actor.as_recipient} as recipient · ${plural(actor.mentions, "mention")}`)),
  },
  stories: {
    placeholder: "",
    load: () => getJson("/stories", { limit: 100 }),
    item: (story) => el("li", { onclick: () => openDocument(story.id) },
      el("div", { className: "title" }, story.title || story.id),
      el("div", { className: "muted" }, `${plural(story.copy_count, "copy", "copies")} · ${story.published || "undated"}`)),
  },
};

async function loadSide() {
  const tab = TABS[state.tab];
  const list = $("side-list");
  try {
    const result = await tab.load(state.search);
    const items = Array.isArray(result) ? result : result.items;
    clear(list).append(...items.map(tab.item));
    if (!items.length) list.append(el("li", { className: "empty" }, `No ${state.tab} found.`));
  } catch (error) {
    clear(list).append(el("li", { className: "error" }, error.message));
  }
}

function showTab(name, search = "") {
  state.tab = name;
  state.search = search;
  for (const button of document.querySelectorAll(".tab")) {
    button.classList.toggle("active", button.dataset.tab === name);
  }
  const box = $("side-search");
  box.value = search;
  box.placeholder = TABS[name].placeholder;
  box.disabled = !TABS[name].placeholder;
  return loadSide();
}

function selectTab(name) {
  showTab(name);
  saveUrl();
}

// article view and analysis

async function openDocument(id, focus = {}) {
  try {
    const detail = await getJson(`/documents/${encodeURIComponent(id)}`);
    const copies = detail.copies.length ? `${plural(detail.copies.length, "near-duplicate copy", "near-duplicate copies")} of this story` : "";
    const banner = detail.duplicate_of ? `A near-duplicate of document ${detail.duplicate_of}` : copies;
    showArticle(detail.analysis, detail.full_text, { ...focus, banner });
    state.doc = id;
    saveUrl();
  } catch (error) {
    showToast(`Could not open the document: ${error.message}`);
  }
}

function closeDocument() {
  closeArticle();
  if (state.doc) {
    state.doc = null;
    saveUrl();
  }
}

async function copyLink() {
  try {
    await navigator.clipboard.writeText(window.location.href);
    showToast("Link to this view copied.");
  } catch {
    showToast(`Share this address: ${window.location.href}`);
  }
}

function setUpAnalyzeDialog() {
  const dialog = $("analyze-dialog");
  $("open-analyze").addEventListener("click", () => {
    $("analyze-error").textContent = "";
    dialog.showModal();
  });
  $("analyze-cancel").addEventListener("click", () => dialog.close());
  $("analyze-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const submit = $("analyze-submit");
    const body = { text: $("analyze-text").value, title: $("analyze-title").value.trim() };
    if ($("analyze-published").value) body.published = $("analyze-published").value;
    submit.disabled = true;
    submit.textContent = "Analysing…";
    try {
      const result = await postJson("/analyze", body);
      dialog.close();
      const stored = result.stored ? `stored as ${result.stored.document_id} (${result.stored.status})` : "not stored";
      showArticle(result.analysis, result.full_text, { banner: `Your pasted article — analysed, ${stored}` });
    } catch (error) {
      $("analyze-error").textContent = error.message;
    } finally {
      submit.disabled = false;
      submit.textContent = "Analyse";
    }
  });
}

function showToast(message) {
  const toast = el("div", { className: "toast", role: "status" }, message);
  document.body.append(toast);
  setTimeout(() => toast.remove(), 6000);
}

// start

async function fillChoices() {
  const [types, countries, actors] = await Promise.all([
    getJson("/event-types"),
    getJson("/aggregates/countries"),
    getJson("/actors", { limit: 300 }),
  ]);
  $("f-type").append(...types.map((t) => el("option", { value: t.type }, t.type)));
  $("f-country").append(...countries.map((c) =>
    el("option", { value: c.country }, `${c.name || c.country} (${c.total})`)));
  clear($("actor-names")).append(...actors.items.map((a) => el("option", { value: a.name })));
}

function wire() {
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    applyFilters(readFilters());
  });
  $("f-reset").addEventListener("click", () => {
    writeFilters({});
    applyFilters({});
  });
  $("f-type").addEventListener("change", () => applyFilters(readFilters()));
  $("f-country").addEventListener("change", () => applyFilters(readFilters()));
  $("events-sort").addEventListener("change", (event) => {
    state.sort = event.target.value;
    state.offset = 0;
    saveUrl();
    loadEvents();
  });
  $("events-prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE_SIZE);
    saveUrl();
    loadEvents();
  });
  $("events-next").addEventListener("click", () => {
    state.offset += PAGE_SIZE;
    saveUrl();
    loadEvents();
  });
  $("copy-link").addEventListener("click", copyLink);
  window.addEventListener("popstate", () => restore(urlState()));
  for (const button of document.querySelectorAll(".tab")) {
    button.addEventListener("click", () => selectTab(button.dataset.tab));
  }
  let searchTimer = null;
  $("side-search").addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      state.search = $("side-search").value.trim();
      saveUrl({ replace: true });
      loadSide();
    }, 250);
  });
  $("article-close").addEventListener("click", closeDocument);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("analyze-dialog").open) closeDocument();
  });
  let resizeTimer = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      resizeMap();
      resizeNetwork();
      loadTimeline();
    }, 200);
  });
  setUpAnalyzeDialog();
}

// Show the view an address names (on start, and when the browser goes back or forward).
async function restore(view) {
  Object.assign(state, view);
  writeFilters(state.filters);
  const sort = $("events-sort");
  if ([...sort.options].some((o) => o.value === state.sort)) sort.value = state.sort;
  else state.sort = sort.value;
  renderActiveFilters();
  renderDownloads();
  showTab(state.tab, state.search);
  if (state.doc) openDocument(state.doc);
  else closeArticle();
  await refresh();
}

async function start() {
  wire();
  try {
    await Promise.all([createMap($("map")), fillChoices()]);
  } catch (error) {
    showToast(`Could not start: ${error.message}`);
  }
  await restore(urlState());
  document.body.dataset.ready = "true";
}

start();
