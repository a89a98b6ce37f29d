// The map: Natural Earth countries (world-atlas TopoJSON, served with the page: no tile server),
// shaded by how many events happened there, with one marker per place and event type.

import { clear, el, plural } from "./dom.js";
import { orderedTypes, typeColor } from "./colors.js";

const WORLD_URL = "/static/vendor/world-atlas/countries-50m.json";
const DEFAULT_VIEW = [[35, -12], [66, 42]]; // Europe and the Middle East

let map = null;
let countryLayer = null;
let markerLayer = null;
let countryTotals = new Map();

async function loadWorld() {
  const response = await fetch(WORLD_URL);
  const world = await response.json();
  return topojson.feature(world, world.objects.countries);
}

// Countries with events are tinted sand to ochre by how many (log scale); markers stay on top.
const SHADES = ["#f3e6cc", "#ecd3a5", "#e2bd7f", "#d4a35a"];

function shadeFor(total) {
  return SHADES[Math.min(SHADES.length - 1, Math.floor(Math.log10(total) * 1.5))];
}

function countryStyle(feature) {
  const total = countryTotals.get(feature.id) || 0;
  return {
    color: "#a9b2bc",
    weight: 0.7,
    fillColor: total ? shadeFor(total) : "#f7f6f2",
    fillOpacity: 1,
  };
}

function countryTooltip(feature) {
  const total = countryTotals.get(feature.id) || 0;
  return el("div", {}, el("strong", {}, feature.properties.name || "?"),
    total ? el("div", {}, plural(total, "event")) : null);
}

export async function createMap(container) {
  map = L.map(container, {
    worldCopyJump: true,
    minZoom: 1,
    maxZoom: 11,
    zoomSnap: 0.25,
    preferCanvas: false,
    attributionControl: true,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · world-atlas");
  map.getContainer().style.background = "#d6e6f2";
  map.fitBounds(DEFAULT_VIEW);
  const world = await loadWorld();
  countryLayer = L.geoJSON(world, {
    style: countryStyle,
    onEachFeature: (feature, layer) => layer.bindTooltip(() => countryTooltip(feature), { sticky: true }),
  }).addTo(map);
  markerLayer = L.layerGroup().addTo(map);
  return map;
}

function markerElement(type, count) {
  const size = Math.round(12 + 5 * Math.sqrt(count));
  return el("div", {
    className: "event-marker",
    dataset: { type, count: String(count) },
    style: { width: `${size}px`, height: `${size}px`, background: typeColor(type) },
  }, count > 1 ? String(count) : "");
}

// Several types at one place sit on a small ring around it, so none hides another.
function ringOffset(index, total, size) {
  if (total === 1) return [0, 0];
  const angle = (2 * Math.PI * index) / total - Math.PI / 2;
  const radius = 8 + size / 2;
  return [Math.round(Math.cos(angle) * radius), Math.round(Math.sin(angle) * radius)];
}

function placePopup(place, onPickType) {
  const list = el("ul", { className: "popup-types" });
  for (const type of orderedTypes()) {
    const count = place.by_type[type];
    if (!count) continue;
    list.append(el("li", {},
      el("span", { className: "swatch", style: { background: typeColor(type) } }),
      el("button", { type: "button", className: "link", onclick: () => onPickType(type) }, type),
      ` ${count}`));
  }
  return el("div", { className: "popup" },
    el("strong", {}, place.name || "unnamed place"),
    place.country ? ` (${place.country})` : "",
    el("div", { className: "muted" }, plural(place.total, "event")),
    list);
}

export function updateMap(places, countries, { onPickType } = {}) {
  countryTotals = new Map(countries.filter((c) => c.numeric).map((c) => [c.numeric, c.total]));
  if (countryLayer) countryLayer.setStyle(countryStyle);
  markerLayer.clearLayers();
  const bounds = [];
  let markers = 0;
  for (const place of places) {
    const types = orderedTypes().filter((t) => place.by_type[t]);
    types.forEach((type, index) => {
      const count = place.by_type[type];
      const node = markerElement(type, count);
      const size = parseInt(node.style.width, 10);
      const [dx, dy] = ringOffset(index, types.length, size);
      const icon = L.divIcon({
        html: node,
        className: "event-marker-wrap",
        iconSize: [size, size],
        iconAnchor: [size / 2 - dx, size / 2 - dy],
      });
      const marker = L.marker([place.lat, place.lon], { icon, title: `${place.name || ""} · ${type} ${count}` });
      marker.bindPopup(() => placePopup(place, onPickType));
      markerLayer.addLayer(marker);
      markers += 1;
    });
    bounds.push([place.lat, place.lon]);
  }
  if (bounds.length) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6 });
  else map.fitBounds(DEFAULT_VIEW);
  return { markers, places: places.length };
}

export function resizeMap() {
  if (map) map.invalidateSize();
}

export function renderLegend(container, counts, { activeType, onPickType } = {}) {
  clear(container);
  for (const type of orderedTypes()) {
    const count = counts[type] || 0;
    const item = el("button", {
      type: "button",
      className: `legend-item${count ? "" : " zero"}${activeType === type ? " active" : ""}`,
      title: count ? `Show only ${type}` : `No ${type} events`,
      onclick: () => onPickType(activeType === type ? "" : type),
    },
    el("span", { className: "swatch", style: { background: typeColor(type) } }),
    type,
    count ? el("span", { className: "legend-count" }, String(count)) : null);
    container.append(item);
  }
}
