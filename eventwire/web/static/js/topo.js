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

// Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180;
// drawn as is they would streak across the map. Make the longitudes
// continuous, then draw the ring twice, once shifted by 360 degrees, so that
// each side shows its part and the viewBox clips the rest.
export function unwrap(ring) {
  let shift = 0;
  let prev = null;
  let crossed = false;
  const out = ring.map(([lon, lat]) => {
    if (prev !== null) {
      if (lon + shift - prev > 180) { shift -= 360; crossed = true; }
      else if (lon + shift - prev < -180) { shift += 360; crossed = true; }
    }
    prev = lon + shift;
    return [prev, lat];
  });
  if (!crossed) return [ring];
  const max = Math.max(...out.map((p) => p[0]));
  const offset = max > 180 ? -360 : 360;
  return [out, out.map(([lon, lat]) => [lon + offset, lat])];
}
