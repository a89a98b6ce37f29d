// Who acts on whom: actors as nodes (coloured by sector, sized by events), one arrow per
// actor, recipient and event type (coloured by type, wider for more events). Cytoscape draws
// on a canvas; labels are data, never markup. Only the most involved actors are drawn, and
// labels keep the same size on screen at any zoom, so they stay readable.

import { clear, el } from "./dom.js";
import { sectorColor, typeColor } from "./colors.js";

let cy = null;

const MAX_NODES = 20;
const LABEL_CHARS = 26;
const LABEL_PX = 12;
const EDGE_LABEL_PX = 10;

function shortName(name) {
  if (name.length <= LABEL_CHARS) return name;
  const cut = name.slice(0, LABEL_CHARS - 1);
  return `${cut.includes(" ") ? cut.slice(0, cut.lastIndexOf(" ")) : cut}…`;
}

// The MAX_NODES actors in most events, and the links between them.
export function mostInvolved(network, limit = MAX_NODES) {
  const kept = new Set(
    [...network.nodes].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name))
      .slice(0, limit).map((n) => n.id),
  );
  return {
    nodes: network.nodes.filter((n) => kept.has(n.id)),
    edges: network.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}

function elements(network) {
  const nodes = network.nodes.map((node) => ({
    data: {
      id: node.id,
      label: shortName(node.name),
      title: [node.name, node.country, node.sector].filter(Boolean).join(" · "),
      name: node.name,
      color: sectorColor(node.sector),
      size: 16 + 6 * Math.sqrt(node.events),
    },
  }));
  const edges = network.edges.map((edge, index) => ({
    data: {
      id: `e${index}`,
      source: edge.source,
      target: edge.target,
      label: edge.count > 1 ? `${edge.event} ×${edge.count}` : edge.event,
      color: typeColor(edge.event),
      width: 1.5 + 1.5 * Math.sqrt(edge.count),
    },
  }));
  return [...nodes, ...edges];
}

const STYLE = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-size": LABEL_PX,
      "text-wrap": "wrap",
      "text-max-width": 120,
      "min-zoomed-font-size": 0,
      "font-family": "DejaVu Sans, Liberation Sans, sans-serif",
      color: "#1f2933",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "text-background-padding": 2,
      "border-width": 2,
      "border-color": "#ffffff",
    },
  },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "data(color)",
      "target-arrow-color": "data(color)",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      "control-point-step-size": 28,
      label: "",
      "font-size": EDGE_LABEL_PX,
      color: "#3e4c59",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": 1,
      opacity: 0.9,
    },
  },
  { selector: "node:selected", style: { "border-color": "#f9a825", "border-width": 4 } },
  { selector: "edge.hover, edge.near", style: { label: "data(label)", opacity: 1, "z-index": 10 } },
  { selector: "node.faded, edge.faded", style: { opacity: 0.25 } },
];

// Labels are sized in screen pixels: divide by the zoom so they read the same at any zoom.
function keepLabelsReadable() {
  const zoom = cy.zoom();
  cy.style()
    .selector("node").style({
      "font-size": LABEL_PX / zoom,
      "text-max-width": 120 / zoom,
      "text-margin-y": 3 / zoom,
      "text-background-padding": 2 / zoom,
    })
    .selector("edge").style({ "font-size": EDGE_LABEL_PX / zoom })
    .update();
  const first = cy.nodes()[0];
  // What a reader sees (and the end-to-end test checks): the label's size on screen.
  cy.container().dataset.labelPx = String(Math.round(parseFloat(first.style("font-size")) * zoom));
}

// Hovering an actor shows its links' types and fades the rest.
function highlightNeighbourhood(node) {
  const near = node.closedNeighborhood();
  cy.elements().not(near).addClass("faded");
  near.edges().addClass("near");
}

function clearHighlight() {
  cy.elements().removeClass("faded near");
}

const SECTOR_NAMES = {
  GOV: "government", MIL: "military", COP: "police", REB: "rebels", CVL: "civilians",
  JRN: "media", BUS: "business", IGO: "international org.", LEG: "legislature",
  JUD: "judiciary", OPP: "opposition", PTY: "party",
};

export function renderSectorLegend(container, network) {
  clear(container);
  const sectors = [...new Set(network.nodes.map((n) => n.sector || ""))].sort();
  for (const sector of sectors) {
    container.append(el("span", { className: "sector-item" },
      el("span", { className: "swatch", style: { background: sectorColor(sector || null) } }),
      sector ? `${sector} ${SECTOR_NAMES[sector] || ""}`.trim() : "no sector"));
  }
}

export function renderNetwork(container, network, { onPickActor } = {}) {
  if (cy) {
    cy.destroy();
    cy = null;
  }
  clear(container);
  container.dataset.nodes = "0";
  container.dataset.edges = "0";
  if (!network.edges.length) {
    container.append(el("p", { className: "empty" },
      "No events with both an actor and a recipient match the filters."));
    return { nodes: 0, edges: 0, hiddenNodes: 0 };
  }
  const shown = mostInvolved(network);
  cy = cytoscape({
    container,
    elements: elements(shown),
    style: STYLE,
    layout: {
      name: "cose",
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 120,
      nodeOverlap: 40,
      componentSpacing: 60,
      nodeRepulsion: () => 40000,
      padding: 24,
    },
    minZoom: 0.2,
    maxZoom: 3,
  });
  keepLabelsReadable();
  cy.on("zoom", keepLabelsReadable);
  cy.on("mouseover", "node", (event) => highlightNeighbourhood(event.target));
  cy.on("mouseout", "node", clearHighlight);
  cy.on("mouseover", "edge", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "edge", (event) => event.target.removeClass("hover"));
  if (onPickActor) cy.on("tap", "node", (event) => onPickActor(event.target.data("name")));
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.edges = String(cy.edges().length);
  return {
    nodes: shown.nodes.length,
    edges: shown.edges.length,
    hiddenNodes: network.nodes.length - shown.nodes.length,
  };
}

export function resizeNetwork() {
  if (cy) {
    cy.resize();
    cy.fit(undefined, 30);
  }
}
