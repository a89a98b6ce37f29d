// Who acts on whom: actors as nodes (coloured by sector, sized by events), one arrow per
// actor, recipient and event type (coloured by type, wider for more events). Cytoscape draws
// on a canvas; labels are data, never markup.

import { clear, el } from "./dom.js";
import { sectorColor, typeColor } from "./colors.js";

let cy = null;

const MAX_EDGE_LABELS = 40;

function elements(network) {
  const labelled = network.edges.length <= MAX_EDGE_LABELS;
  const nodes = network.nodes.map((node) => ({
    data: {
      id: node.id,
      label: node.name,
      title: [node.name, node.country, node.sector].filter(Boolean).join(" · "),
      name: node.name,
      color: sectorColor(node.sector),
      size: 18 + 8 * Math.sqrt(node.events),
    },
  }));
  const edges = network.edges.map((edge, index) => ({
    data: {
      id: `e${index}`,
      source: edge.source,
      target: edge.target,
      label: labelled ? (edge.count > 1 ? `${edge.event} ×${edge.count}` : edge.event) : "",
      title: `${edge.event} ×${edge.count}`,
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
      "font-size": 11,
      "text-wrap": "wrap",
      "text-max-width": 110,
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
      label: "data(label)",
      "font-size": 10,
      color: "#3e4c59",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": 1,
      opacity: 0.9,
    },
  },
  { selector: "node:selected", style: { "border-color": "#f9a825", "border-width": 4 } },
];

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
    return { nodes: 0, edges: 0 };
  }
  cy = cytoscape({
    container,
    elements: elements(network),
    style: STYLE,
    // Hubs in the middle, rarely involved actors outside: compact and stable for any size.
    layout: {
      name: "concentric",
      concentric: (node) => node.degree(),
      levelWidth: () => 2,
      minNodeSpacing: 18,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: true,
      padding: 16,
      animate: false,
    },
    minZoom: 0.2,
    maxZoom: 3,
  });
  if (onPickActor) cy.on("tap", "node", (event) => onPickActor(event.target.data("name")));
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.edges = String(cy.edges().length);
  return { nodes: network.nodes.length, edges: network.edges.length };
}

export function resizeNetwork() {
  if (cy) {
    cy.resize();
    cy.fit(undefined, 30);
  }
}
