import { fitProjection, isProvinceCode, svgPath, type MapGeometry } from '@pcmbn/domain';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

/**
 * The 01/07/2025 commune polygons of a province (data/geo/communes-2025/<code>.geojson.gz, see its README), read and
 * drawn once per province and kept in memory: a map answer then costs no file or geometry work.
 */

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/geo/communes-2025');

/** The viewBox width every map is drawn at; the height follows the province's shape. */
export const MAP_WIDTH = 600;

const PositionSchema = z.array(z.number()).min(2);
const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(PositionSchema)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(PositionSchema))) }),
]);
const FileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      properties: z.object({ code: z.string(), name: z.string(), provinceCode: z.string() }),
      geometry: GeometrySchema,
    }),
  ),
});

export interface DrawnProvince {
  provinceCode: string;
  width: number;
  height: number;
  viewBox: string;
  /** Sorted by code; `path` in viewBox units, to be filled with fill-rule="evenodd". */
  communes: { code: string; name: string; path: string }[];
}

const drawn = new Map<string, Promise<DrawnProvince | null>>();

async function draw(provinceCode: string): Promise<DrawnProvince | null> {
  let raw: Buffer;
  try {
    raw = await readFile(resolve(DIR, `${provinceCode}.geojson.gz`));
  } catch {
    return null; // no file: a code of an older structure (Trà Vinh 84) has no polygons of its own
  }
  const file = FileSchema.parse(JSON.parse(gunzipSync(raw).toString('utf8')));
  const geometries = file.features.map((f) => f.geometry as MapGeometry);
  const projection = fitProjection(geometries, { width: MAP_WIDTH, padding: 4 });
  return {
    provinceCode,
    width: projection.width,
    height: projection.height,
    viewBox: projection.viewBox,
    communes: file.features
      .map((f) => ({
        code: f.properties.code,
        name: f.properties.name,
        path: svgPath(f.geometry as MapGeometry, projection),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** The province's communes drawn as SVG paths; null when there is no geometry for `provinceCode` (not a 2025 code). */
export function drawnProvince(provinceCode: string): Promise<DrawnProvince | null> {
  if (!isProvinceCode(provinceCode)) return Promise.resolve(null);
  let entry = drawn.get(provinceCode);
  if (!entry) {
    entry = draw(provinceCode);
    drawn.set(provinceCode, entry);
    entry.catch(() => drawn.delete(provinceCode));
  }
  return entry;
}
