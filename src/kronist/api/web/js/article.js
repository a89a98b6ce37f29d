// The article view: the text with entities, quotes (and who said them) and event anchors
// highlighted at their character offsets into full_text (headline, blank line, body).

import { clear, el } from "./dom.js";
import { typeColor } from "./colors.js";

const ENTITY_LABELS = {
  PER: "person",
  ORG: "organisation",
  LOC: "place",
  MISC: "other name",
  NOM: "actor phrase",
};

function actorLabel(actor, text) {
  if (!actor) return text || "—";
  const codes = [actor.country, actor.sector].filter(Boolean).join(" ");
  return codes ? `${actor.name} (${codes})` : actor.name;
}

function spansOf(analysis, length) {
  const clamp = (value) => Math.max(0, Math.min(length, value));
  const spans = [];
  for (const entity of analysis.entities) {
    spans.push({ kind: "entity", start: clamp(entity.start), end: clamp(entity.end), item: entity });
  }
  for (const quote of analysis.quotes) {
    spans.push({ kind: "quote", start: clamp(quote.start), end: clamp(quote.end), item: quote });
  }
  for (const event of analysis.events) {
    spans.push({ kind: "event", start: clamp(event.start), end: clamp(event.end), item: event });
  }
  return spans.filter((span) => span.end > span.start);
}

function describe(span) {
  const item = span.item;
  if (span.kind === "entity") {
    const what = ENTITY_LABELS[item.label] || item.label;
    return item.actor ? `${what}: ${actorLabel(item.actor)}` : what;
  }
  if (span.kind === "quote") {
    const by = item.speaker ? `quote by ${item.speaker}` : "quote, speaker unknown";
    return item.channel ? `${by} (${item.channel})` : by;
  }
  const who = `${actorLabel(item.actor, item.actor_text)} → ${actorLabel(item.recipient, item.recipient_text)}`;
  const flags = [item.negated ? "negated" : "", item.modality !== "asserted" ? item.modality : ""]
    .filter(Boolean).join(", ");
  return `${item.event}${item.mode ? `/${item.mode}` : ""}: ${who}${flags ? ` [${flags}]` : ""}`;
}

function segmentNode(text, covering) {
  if (!covering.length) return document.createTextNode(text);
  const classes = [];
  const data = {};
  const style = {};
  for (const span of covering) {
    if (span.kind === "quote") {
      classes.push("q");
      data.quoteId = span.item.id;
    } else if (span.kind === "entity") {
      classes.push("ent", `ent-${span.item.label}`);
    } else if (!data.eventId) {
      classes.push("ev");
      data.eventId = span.item.id;
      data.type = span.item.event;
      style.borderBottomColor = typeColor(span.item.event);
      style.backgroundColor = `${typeColor(span.item.event)}22`;
    }
  }
  return el("span", {
    className: classes.join(" "),
    dataset: data,
    style,
    title: covering.map(describe).join("\n"),
  }, text);
}

function speakerTag(quote) {
  return el("span", {
    className: "speaker-tag",
    title: quote.speaker_actor ? actorLabel(quote.speaker_actor) : "speaker as named in the text",
  }, quote.speaker, quote.channel ? el("span", { className: "channel" }, ` · ${quote.channel}`) : null);
}

function eventTag(event) {
  return el("sup", {
    className: "ev-tag",
    style: { background: typeColor(event.event) },
    title: describe({ kind: "event", item: event }),
  }, event.event);
}

// Cut the text at every span boundary; each piece carries the classes of the spans covering it.
export function highlightedText(fullText, analysis) {
  const spans = spansOf(analysis, fullText.length);
  const title = analysis.document.title;
  const headlineEnd = title && fullText.startsWith(title) ? title.length : 0;
  const points = [...new Set([0, headlineEnd, fullText.length, ...spans.flatMap((s) => [s.start, s.end])])]
    .sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    for (const span of spans) {
      if (span.kind === "event" && span.end === start) fragment.append(eventTag(span.item));
    }
    for (const span of spans) {
      if (span.kind === "quote" && span.start === start && span.item.speaker) {
        fragment.append(speakerTag(span.item));
      }
    }
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    let node = segmentNode(fullText.slice(start, end), covering);
    if (end <= headlineEnd) {
      node = node.nodeType === Node.TEXT_NODE ? el("span", {}, node) : node;
      node.classList.add("headline");
    }
    fragment.append(node);
  }
  for (const span of spans) {
    if (span.kind === "event" && span.end === fullText.length) fragment.append(eventTag(span.item));
  }
  return fragment;
}

function focusOn(container, selector) {
  const target = container.querySelector(selector);
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  for (const node of container.querySelectorAll(selector)) {
    node.classList.remove("focus");
    void node.offsetWidth; // restart the flash animation
    node.classList.add("focus");
  }
}

function eventItem(event, container) {
  const flags = [
    event.negated ? "negated" : "",
    event.modality !== "asserted" ? event.modality : "",
    event.asserted_by ? `according to ${event.asserted_by}` : "",
  ].filter(Boolean);
  const where = event.place && (event.place.name || event.place.country);
  const casualties = [event.killed ? `${event.killed} killed` : "", event.injured ? `${event.injured} injured` : ""]
    .filter(Boolean).join(", ");
  return el("li", { onclick: () => focusOn(container, `[data-event-id="${CSS.escape(event.id)}"]`) },
    el("span", { className: "type-chip", style: { background: typeColor(event.event) } }, event.event),
    " ",
    el("span", { className: "who" },
      `${actorLabel(event.actor, event.actor_text)} → ${actorLabel(event.recipient, event.recipient_text)}`),
    el("div", { className: "muted" },
      [event.date && event.date.date, where, casualties, flags.join(", ")].filter(Boolean).join(" · ")),
    el("div", { className: "anchor" }, `“${event.anchor}”`));
}

function quoteItem(quote, container) {
  const text = quote.text.length > 180 ? `${quote.text.slice(0, 180)}…` : quote.text;
  return el("li", { onclick: () => focusOn(container, `[data-quote-id="${CSS.escape(quote.id)}"]`) },
    el("strong", { className: "speaker" }, quote.speaker || "unknown speaker"),
    quote.channel ? el("span", { className: "muted" }, ` via ${quote.channel}`) : null,
    el("div", { className: "quote-text" }, `“${text}”`));
}

function actorItems(analysis) {
  const counts = new Map();
  for (const entity of analysis.entities) {
    if (!entity.actor) continue;
    const label = actorLabel(entity.actor);
    counts.set(label, (counts.get(label) || 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([label, count]) => el("li", {}, label, el("span", { className: "muted" }, ` ×${count}`)));
}

function metaLine(document, analysis) {
  const parts = [];
  if (document.published) parts.push(el("span", {}, `published ${document.published}`));
  if (document.source) parts.push(el("span", {}, document.source));
  if (document.url) {
    parts.push(el("a", { href: document.url, target: "_blank", rel: "noopener noreferrer" }, document.url));
  }
  parts.push(el("span", { className: "muted" }, `id ${document.id}`));
  if (analysis.pipeline) parts.push(el("span", { className: "muted" }, analysis.pipeline));
  return parts.flatMap((part, i) => (i ? [" · ", part] : [part]));
}

function keyLegend() {
  return [
    el("span", { className: "key ent ent-PER" }, "person"),
    el("span", { className: "key ent ent-ORG" }, "organisation"),
    el("span", { className: "key ent ent-LOC" }, "place"),
    el("span", { className: "key ent ent-NOM" }, "actor phrase"),
    el("span", { className: "key q" }, "quote"),
    el("span", { className: "key speaker-tag" }, "speaker"),
    el("span", { className: "key ev" }, "event words"),
  ];
}

export function showArticle(analysis, fullText, { banner, focusEvent, focusQuote } = {}) {
  const drawer = document.getElementById("article");
  const textBox = document.getElementById("article-text");
  const document_ = analysis.document;
  document.getElementById("article-title").textContent = document_.title || "(no headline)";
  clear(document.getElementById("article-meta")).append(...metaLine(document_, analysis));
  const bannerBox = document.getElementById("article-banner");
  bannerBox.hidden = !banner;
  bannerBox.textContent = banner || "";
  clear(document.getElementById("article-key")).append(...keyLegend());
  clear(textBox).append(highlightedText(fullText, analysis));

  const lists = [
    ["article-events", analysis.events.map((e) => eventItem(e, textBox)), "event"],
    ["article-quotes", analysis.quotes.map((q) => quoteItem(q, textBox)), "quote"],
    ["article-actors", actorItems(analysis), "actor"],
  ];
  for (const [id, items, word] of lists) {
    clear(document.getElementById(id)).append(
      ...(items.length ? items : [el("li", { className: "muted" }, `no ${word}s found`)]),
    );
    document.getElementById(`${id}-count`).textContent = items.length ? String(items.length) : "";
  }
  drawer.hidden = false;
  drawer.scrollTop = 0;
  textBox.scrollTop = 0;
  if (focusEvent) focusOn(textBox, `[data-event-id="${CSS.escape(focusEvent)}"]`);
  if (focusQuote) focusOn(textBox, `[data-quote-id="${CSS.escape(focusQuote)}"]`);
  document.body.dataset.article = document_.id;
  return { entities: analysis.entities.length, quotes: analysis.quotes.length, events: analysis.events.length };
}

export function closeArticle() {
  document.getElementById("article").hidden = true;
  delete document.body.dataset.article;
}

export { actorLabel };
