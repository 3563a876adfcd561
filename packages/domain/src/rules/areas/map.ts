/**
 * Commune maps drawn as server-side SVG (issue 15 item 5, issue 16 item 7): GeoJSON longitude/latitude projected to
 * a viewBox and written as compact path strings, so a page carries its map with no script, tile server or map
 * library. Equirectangular with the longitude scaled by cos(mid-latitude): at province scale (≤ 3° of latitude)
 * shapes are off by well under 1 %, which a choropleth of communes does not show.
 */

export type Position = readonly [number, number] | readonly number[];
export type Ring = readonly Position[];

export type MapGeometry =
  | { type: 'Polygon'; coordinates: readonly Ring[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

export interface Projection {
  width: number;
  height: number;
  /** "0 0 width height", for the <svg> element. */
  viewBox: string;
  /** [lon, lat] → [x, y] in viewBox units, y downwards. */
  project(position: Position): [number, number];
}

/** The polygons of a geometry (a Polygon is one), each a list of rings: exterior first, then holes. */
export function polygonsOf(geometry: MapGeometry): (readonly Ring[])[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : [...geometry.coordinates];
}

/** [minLon, minLat, maxLon, maxLat] over every vertex; null when there is none. */
export function boundsOf(geometries: readonly MapGeometry[]): [number, number, number, number] | null {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const geometry of geometries)
    for (const polygon of polygonsOf(geometry))
      for (const ring of polygon)
        for (const p of ring) {
          const lon = p[0];
          const lat = p[1];
          if (lon < minLon) minLon = lon;
          if (lon > maxLon) maxLon = lon;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
  return minLon === Infinity ? null : [minLon, minLat, maxLon, maxLat];
}

/**
 * A projection that fits `geometries` into `width` viewBox units (plus `padding` on every side), the height
 * following the shape. Degenerate extents (one point, a vertical line) still give a finite scale.
 */
export function fitProjection(
  geometries: readonly MapGeometry[],
  options: { width?: number; padding?: number } = {},
): Projection {
  const width = options.width ?? 800;
  const padding = options.padding ?? 4;
  const bounds = boundsOf(geometries) ?? [0, 0, 0, 0];
  const [minLon, minLat, maxLon, maxLat] = bounds;
  const cos = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * cos, 1e-9);
  const spanY = maxLat - minLat;
  const k = (width - 2 * padding) / spanX;
  const height = Math.ceil(spanY * k + 2 * padding);
  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    project: (p) => [padding + (p[0] - minLon) * cos * k, padding + (maxLat - p[1]) * k],
  };
}

function roundTo(value: number, decimals: 0 | 1): number {
  const r = decimals === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  return r === 0 ? 0 : r; // no "-0"
}

/** Numbers joined the SVG way: a space only where the next number does not start with its own "-". */
function joinNumbers(values: readonly number[], decimals: 0 | 1): string {
  let out = '';
  values.forEach((v, i) => {
    const text = decimals === 0 ? String(v) : String(Math.round(v * 10) / 10);
    out += i === 0 || text.startsWith('-') ? text : ` ${text}`;
  });
  return out;
}

/**
 * One ring as "M x y l dx dy … z": absolute start, then relative steps between the *rounded* points (so rounding
 * errors never add up), repeated points dropped, the closing point left to "z". A ring that rounds to fewer than
 * three distinct points (an islet smaller than a viewBox unit) is left out: it would draw nothing.
 */
function ringPath(ring: Ring, projection: Projection, decimals: 0 | 1): string {
  const points: [number, number][] = [];
  for (const p of ring) {
    const [x, y] = projection.project(p);
    const q: [number, number] = [roundTo(x, decimals), roundTo(y, decimals)];
    const last = points[points.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
  }
  const first = points[0];
  const end = points[points.length - 1];
  if (first && end && points.length > 1 && first[0] === end[0] && first[1] === end[1]) points.pop();
  if (points.length < 3) return '';
  const [x0, y0] = points[0] as [number, number];
  const steps: number[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x, y] = points[i] as [number, number];
    const [px, py] = points[i - 1] as [number, number];
    steps.push(roundTo(x - px, decimals), roundTo(y - py, decimals));
  }
  return `M${joinNumbers([x0, y0], decimals)}l${joinNumbers(steps, decimals)}z`;
}

/**
 * The SVG path of a Polygon or MultiPolygon: every ring of every polygon in one path, to be drawn with
 * fill-rule="evenodd" so that holes (a commune around another, an enclave) stay empty whatever their winding.
 * `decimals`: 0 (whole viewBox units, the default) or 1.
 */
export function svgPath(geometry: MapGeometry, projection: Projection, decimals: 0 | 1 = 0): string {
  return polygonsOf(geometry)
    .flatMap((polygon) => polygon.map((ring) => ringPath(ring, projection, decimals)))
    .join('');
}

/** An SVG point for a label or marker: the projected centre of the geometry's bounding box, rounded. */
export function svgCentre(geometry: MapGeometry, projection: Projection): [number, number] {
  const b = boundsOf([geometry]) ?? [0, 0, 0, 0];
  const [x, y] = projection.project([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
  return [Math.round(x), Math.round(y)];
}

/**
 * Attribution printed under every map (the geometry's source asks for it; see packages/api/data/geo/README.md).
 */
export const MAP_ATTRIBUTION = {
  vi: 'Ranh giới hành chính: sapnhap.bando.com.vn, qua thanglequoc/vietnamese-provinces-database (MIT); đã đơn giản hóa, chỉ để tham khảo.',
  en: 'Administrative boundaries: sapnhap.bando.com.vn, via thanglequoc/vietnamese-provinces-database (MIT); simplified, for reference only.',
  km: 'ព្រំដែនរដ្ឋបាល: sapnhap.bando.com.vn តាមរយៈ thanglequoc/vietnamese-provinces-database (MIT); បានធ្វើឱ្យសាមញ្ញ សម្រាប់តែជាឯកសារយោង។',
} as const;
