// One colour per PLOVER event type, in three families an analyst can read at a glance:
// cooperation (greens and blues), verbal conflict (yellows and oranges),
// material conflict (reds and purples).

export const TYPE_COLORS = {
  AGREE: "#2e7d32",
  CONSULT: "#0288d1",
  SUPPORT: "#66bb6a",
  CONCEDE: "#26a69a",
  COOPERATE: "#1565c0",
  AID: "#9ccc65",
  RETREAT: "#4dd0e1",
  REQUEST: "#f9a825",
  ACCUSE: "#ff8f00",
  REJECT: "#a1887f",
  THREATEN: "#f4511e",
  PROTEST: "#ab47bc",
  SANCTION: "#5e35b1",
  MOBILIZE: "#ec407a",
  COERCE: "#8e2424",
  ASSAULT: "#e53935",
};

export const TYPE_FAMILIES = [
  ["Cooperation", ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]],
  ["Verbal conflict", ["REQUEST", "ACCUSE", "REJECT", "THREATEN"]],
  ["Material conflict", ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]],
];

export function typeColor(type) {
  return TYPE_COLORS[type] || "#78909c";
}

export const SECTOR_COLORS = {
  GOV: "#37474f",
  MIL: "#556b2f",
  COP: "#1a237e",
  REB: "#b71c1c",
  CVL: "#6d4c41",
  JRN: "#00695c",
  BUS: "#4527a0",
  IGO: "#0277bd",
  LEG: "#455a64",
  JUD: "#4e342e",
  OPP: "#ad1457",
  PTY: "#6a1b9a",
};

export function sectorColor(sector) {
  return SECTOR_COLORS[sector] || "#90a4ae";
}

// Types in their legend order, most frequent family first within the data.
export function orderedTypes() {
  return TYPE_FAMILIES.flatMap(([, types]) => types);
}
