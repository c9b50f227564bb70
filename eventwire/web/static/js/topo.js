// Minimal TopoJSON reader for the offline base map: turns the "countries"
// object of a (quantized, delta-encoded) topology into arrays of rings of
// [lon, lat] points. Only Polygon and MultiPolygon are needed for outlines.

function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx, dy];
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function ring(arcs, indexes) {
  const points = [];
  for (const i of indexes) {
    // A negative index (~i) means the arc is walked backwards.
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    // Consecutive arcs share their joining point; keep it once.
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/** Features [{id, name, rings: [[[lon, lat], ...], ...]}] of topology.objects[name]. */
export function features(topology, name) {
  const arcs = decodeArcs(topology);
  const out = [];
  for (const g of topology.objects[name].geometries) {
    let polygons = [];
    if (g.type === "Polygon") polygons = [g.arcs];
    else if (g.type === "MultiPolygon") polygons = g.arcs;
    const rings = polygons.flatMap((poly) => poly.map((r) => ring(arcs, r)));
    out.push({ id: g.id, name: (g.properties && g.properties.name) || "", rings });
  }
  return out;
}
