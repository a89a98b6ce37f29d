// Events over time as stacked bars coloured by type (plain SVG). The axis zooms to where the
// events are: bars are days, weeks, months or years, whichever leaves each bar a few pixels, and
// a few far-off events (an old date in an article) are counted beside the chart instead of
// squeezing the rest into hairlines. Undated events get a bar of their own. Click a bar to filter
// to its days.

import { clear, el, plural, svg } from "./dom.js";
import { orderedTypes, typeColor } from "./colors.js";

const DAY_MS = 86400000;
const MARGIN = { top: 10, right: 12, bottom: 24, left: 34 };
const UNDATED_WIDTH = 64;
const MIN_BAR_PX = 6;
const CORE_SHARE = 0.9; // the zoomed range holds at least this share of the dated events
const ZOOM_GAIN = 2; // zoom only when it makes the axis at least this many times shorter

const dayNumber = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

// Bins: each maps a day number to the first day of its bin, and steps to the next bin.
const BINS = [
  { name: "day", start: (d) => d, next: (d) => d + 1, label: (d) => isoOf(d) },
  {
    name: "week",
    start: (d) => d - ((d + 3) % 7), // Monday (day 0, 1970-01-01, was a Thursday)
    next: (d) => d + 7,
    label: (d) => isoOf(d),
  },
  {
    name: "month",
    start: (d) => dayNumber(`${isoOf(d).slice(0, 7)}-01`),
    next: (d) => {
      const date = new Date(d * DAY_MS);
      return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS);
    },
    label: (d) => isoOf(d).slice(0, 7),
  },
  {
    name: "year",
    start: (d) => dayNumber(`${isoOf(d).slice(0, 4)}-01-01`),
    next: (d) => dayNumber(`${Number(isoOf(d).slice(0, 4)) + 1}-01-01`),
    label: (d) => isoOf(d).slice(0, 4),
  },
];

function niceMax(value) {
  if (value <= 5) return Math.max(1, value);
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

// The shortest run of days holding CORE_SHARE of the events; the whole range when that run is
// not much shorter (then nothing is left out).
export function coreRange(days) {
  const points = days.map((d) => [dayNumber(d.date), d.total]);
  const first = points[0][0];
  const last = points[points.length - 1][0];
  const total = points.reduce((sum, [, n]) => sum + n, 0);
  let best = [first, last];
  let lo = 0;
  let inside = 0;
  for (let hi = 0; hi < points.length; hi += 1) {
    inside += points[hi][1];
    while (inside - points[lo][1] >= CORE_SHARE * total) {
      inside -= points[lo][1];
      lo += 1;
    }
    if (inside >= CORE_SHARE * total && points[hi][0] - points[lo][0] < best[1] - best[0]) {
      best = [points[lo][0], points[hi][0]];
    }
  }
  const gain = (last - first + 1) / (best[1] - best[0] + 1);
  return gain >= ZOOM_GAIN ? best : [first, last];
}

function chooseBin(first, last, plotW) {
  return BINS.find((bin) => {
    let count = 0;
    for (let d = bin.start(first); d <= last && count <= plotW / MIN_BAR_PX; d = bin.next(d)) count += 1;
    return count <= plotW / MIN_BAR_PX;
  }) || BINS[BINS.length - 1];
}

function binned(days, first, last, bin) {
  const bins = new Map();
  for (let d = bin.start(first); d <= last; d = bin.next(d)) {
    bins.set(d, { start: d, end: bin.next(d) - 1, total: 0, byType: {} });
  }
  for (const day of days) {
    const n = dayNumber(day.date);
    if (n < first || n > last) continue;
    const entry = bins.get(bin.start(n));
    entry.total += day.total;
    for (const [type, count] of Object.entries(day.by_type)) {
      entry.byType[type] = (entry.byType[type] || 0) + count;
    }
  }
  return [...bins.values()];
}

function stackedBar(x, width, y, entry, types) {
  const group = svg("g", {});
  let base = 0;
  for (const type of types) {
    const count = entry.byType[type] || 0;
    if (!count) continue;
    group.append(svg("rect", {
      x, y: y(base + count), width, height: Math.max(1, y(base) - y(base + count)),
      fill: typeColor(type), class: "bar", "data-type": type,
    }));
    base += count;
  }
  return group;
}

/**
 * Draw the timeline. `days`: [{date, total, by_type}]; `undated`: how many events have no date.
 * `showAll`: the whole range even when a few events lie far off. Returns what was drawn.
 */
export function renderTimeline(container, days, { undated = 0, showAll = false, onPickRange, onToggleAll } = {}) {
  clear(container);
  if (!days.length && !undated) {
    container.append(el("p", { className: "empty" }, "No events match the filters."));
    return { bars: 0, outside: 0, bin: null };
  }
  const width = Math.max(container.clientWidth, 320);
  const height = Math.max(container.clientHeight, 150);
  const plotW = width - MARGIN.left - MARGIN.right - (undated ? UNDATED_WIDTH : 0);
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const chart = svg("svg", {
    width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline-svg", role: "img",
    "aria-label": "Events over time",
  });
  const types = orderedTypes();
  let bins = [];
  let outside = 0;
  let bin = null;
  let range = null;
  if (days.length) {
    const full = [dayNumber(days[0].date), dayNumber(days[days.length - 1].date)];
    range = showAll ? full : coreRange(days);
    bin = chooseBin(range[0], range[1], plotW);
    bins = binned(days, range[0], range[1], bin);
    outside = days.reduce((sum, d) => {
      const n = dayNumber(d.date);
      return sum + (n < range[0] || n > range[1] ? d.total : 0);
    }, 0);
  }
  const maxTotal = niceMax(Math.max(undated, ...bins.map((b) => b.total)));
  const y = (count) => MARGIN.top + plotH - (count / maxTotal) * plotH;
  for (const tick of maxTotal > 2 ? [0, maxTotal / 2, maxTotal] : [0, maxTotal]) {
    chart.append(
      svg("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick), class: "grid" }),
      svg("text", { x: MARGIN.left - 6, y: y(tick) + 4, class: "axis", "text-anchor": "end" }, String(Math.round(tick))),
    );
  }
  const slot = bins.length ? plotW / bins.length : 0;
  const barW = Math.max(2, Math.min(48, slot * 0.8));
  const labelEvery = Math.max(1, Math.ceil(bins.length / Math.max(2, Math.floor(plotW / 90))));
  bins.forEach((entry, index) => {
    const x = MARGIN.left + index * slot + (slot - barW) / 2;
    if (index % labelEvery === 0) {
      chart.append(svg("text", { x: x + barW / 2, y: height - 6, class: "axis", "text-anchor": "middle" }, bin.label(entry.start)));
    }
    if (!entry.total) return;
    const since = isoOf(entry.start);
    const until = isoOf(entry.end);
    const group = stackedBar(x, barW, y, entry, types);
    group.setAttribute("class", "day-bar");
    group.dataset.since = since;
    group.dataset.until = until;
    const breakdown = types.filter((t) => entry.byType[t]).map((t) => `${t} ${entry.byType[t]}`).join(", ");
    const when = since === until ? since : `${since} – ${until}`;
    group.append(svg("title", {}, `${when}: ${plural(entry.total, "event")} (${breakdown})`));
    if (onPickRange) group.addEventListener("click", () => onPickRange(since, until));
    chart.append(group);
  });
  if (undated) {
    const x = width - MARGIN.right - UNDATED_WIDTH + 16;
    const group = svg("g", { class: "undated-bar" });
    group.append(
      svg("rect", { x, y: y(undated), width: UNDATED_WIDTH - 24, height: Math.max(1, y(0) - y(undated)), class: "bar undated" }),
      // the count above the bar, or inside it when the bar reaches the top
      svg("text", {
        x: x + (UNDATED_WIDTH - 24) / 2,
        y: y(undated) - 4 < MARGIN.top + 8 ? y(undated) + 13 : y(undated) - 4,
        class: "axis count",
        "text-anchor": "middle",
      }, String(undated)),
      svg("text", { x: x + (UNDATED_WIDTH - 24) / 2, y: height - 6, class: "axis", "text-anchor": "middle" }, "undated"),
      svg("title", {}, `${plural(undated, "event")} without a date`),
    );
    chart.append(group);
  }
  container.append(chart);
  if (days.length && (outside || showAll)) {
    const note = showAll
      ? el("button", { type: "button", className: "link timeline-toggle", onclick: () => onToggleAll(false) }, "zoom to where most events are")
      : el("button", { type: "button", className: "link timeline-toggle", onclick: () => onToggleAll(true) },
        `${plural(outside, "dated event")} outside ${isoOf(range[0])} – ${isoOf(range[1])}: show all`);
    container.append(note);
  }
  return { bars: bins.filter((b) => b.total).length, outside, bin: bin && bin.name, undated };
}
