// Events per day as stacked bars coloured by type (plain SVG). Click a day to filter to it.

import { clear, el, plural, svg } from "./dom.js";
import { orderedTypes, typeColor } from "./colors.js";

const DAY_MS = 86400000;
const MARGIN = { top: 10, right: 12, bottom: 24, left: 34 };

function dayNumber(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoOf(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function niceMax(value) {
  if (value <= 5) return Math.max(1, value);
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

function dateTicks(first, last, width) {
  const span = last - first + 1;
  const wanted = Math.max(2, Math.floor(width / 90));
  const step = Math.max(1, Math.ceil(span / wanted));
  const ticks = [];
  for (let day = first; day <= last; day += step) ticks.push(day);
  return ticks;
}

export function renderTimeline(container, days, { onPickDay } = {}) {
  clear(container);
  if (!days.length) {
    container.append(el("p", { className: "empty" }, "No dated events match the filters."));
    return { bars: 0 };
  }
  const first = dayNumber(days[0].date) - 1;
  const last = dayNumber(days[days.length - 1].date) + 1;
  const width = Math.max(container.clientWidth, 320);
  const height = Math.max(container.clientHeight, 150);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const span = last - first + 1;
  const slot = plotW / span;
  const barW = Math.max(2, Math.min(40, slot * 0.8));
  const maxTotal = niceMax(Math.max(...days.map((d) => d.total)));
  const x = (day) => MARGIN.left + (day - first) * slot + (slot - barW) / 2;
  const y = (count) => MARGIN.top + plotH - (count / maxTotal) * plotH;

  const chart = svg("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "timeline-svg",
    role: "img",
    "aria-label": "Events per day",
  });
  for (const tick of [0, maxTotal / 2, maxTotal]) {
    chart.append(
      svg("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick), class: "grid" }),
      svg("text", { x: MARGIN.left - 6, y: y(tick) + 4, class: "axis", "text-anchor": "end" },
        String(Math.round(tick))),
    );
  }
  for (const day of dateTicks(first + 1, last - 1, plotW)) {
    chart.append(
      svg("text", { x: x(day) + barW / 2, y: height - 6, class: "axis", "text-anchor": "middle" },
        isoOf(day)),
    );
  }
  const types = orderedTypes();
  for (const entry of days) {
    const day = dayNumber(entry.date);
    const group = svg("g", { class: "day-bar", "data-date": entry.date });
    let base = 0;
    for (const type of types) {
      const count = entry.by_type[type] || 0;
      if (!count) continue;
      group.append(
        svg("rect", {
          x: x(day),
          y: y(base + count),
          width: barW,
          height: Math.max(1, y(base) - y(base + count)),
          fill: typeColor(type),
          class: "bar",
          "data-type": type,
        }),
      );
      base += count;
    }
    const breakdown = types
      .filter((t) => entry.by_type[t])
      .map((t) => `${t} ${entry.by_type[t]}`)
      .join(", ");
    group.append(svg("title", {}, `${entry.date}: ${plural(entry.total, "event")} (${breakdown})`));
    if (onPickDay) group.addEventListener("click", () => onPickDay(entry.date));
    chart.append(group);
  }
  container.append(chart);
  return { bars: days.length };
}
