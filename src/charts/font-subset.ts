/**
 * Font subsetting with HarfBuzz's own subsetter (hb-subset), in the WebAssembly build that the
 * harfbuzzjs package ships (`harfbuzzjs/dist/harfbuzz-subset.wasm`, no imports, so it starts
 * synchronously). The C API is called through the wasm exports, as subset-font does; unlike
 * subset-font, each font is copied into wasm memory once, not once per subset.
 *
 * Pure: takes the wasm and the fonts as bytes and returns bytes; render-png.ts reads the files.
 */

/** hb_memory_mode_t: harfbuzz reads the font where it lies and copies only what it must edit. */
const HB_MEMORY_MODE_READONLY = 1;
/** hb_subset_sets_t (hb-subset.h). */
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_NAME_LANG_ID = 5;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
/** hb_subset_flags_t: keep the outline of glyph 0, drawn for a character the font lacks. */
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;

/** The hb-subset exports this module calls (pointers and handles are wasm addresses). */
interface HbSubsetExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

export interface FontSubsetter {
  /**
   * The font named `name` cut down to the glyphs that `text` can need: its characters, and
   * every glyph layout features can turn them into (closure over GSUB), with the font's tables
   * otherwise as they were (metrics, every layout feature, every name record, the .notdef
   * outline), so a renderer draws those characters exactly as with the whole font. TrueType
   * bytes.
   */
  subset(name: string, text: string): Uint8Array;
}

/**
 * Loads the subsetter and the fonts (name → TrueType bytes) into wasm memory once; each
 * subset after that reads them in place.
 */
export function fontSubsetter(wasm: Uint8Array, fonts: ReadonlyMap<string, Uint8Array>): FontSubsetter {
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>) /* never a SharedArrayBuffer here */, {}).exports as unknown as HbSubsetExports;
  hb._initialize();
  // Memory can grow during any call, which detaches earlier views: take a fresh one each time.
  const heap = () => new Uint8Array(hb.memory.buffer);
  const faces = new Map<string, number>();
  for (const [name, bytes] of fonts) {
    const ptr = hb.malloc(bytes.byteLength);
    if (ptr === 0) throw new Error(`font subset: no wasm memory for ${name} (${bytes.byteLength} bytes)`);
    heap().set(bytes, ptr);
    const blob = hb.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    faces.set(name, hb.hb_face_create(blob, 0));
    hb.hb_blob_destroy(blob); // the face holds its own reference
  }
  const keepAll = (input: number, which: number) => {
    const set = hb.hb_subset_input_set(input, which);
    hb.hb_set_clear(set);
    hb.hb_set_invert(set);
  };
  return {
    subset(name, text) {
      const face = faces.get(name);
      if (face === undefined) throw new Error(`font subset: unknown font ${name}, expected one of ${[...faces.keys()].join(", ")}`);
      const input = hb.hb_subset_input_create_or_fail();
      if (input === 0) throw new Error(`font subset: hb_subset_input_create_or_fail failed for ${name}`);
      let result = 0;
      try {
        keepAll(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
        keepAll(input, HB_SUBSET_SETS_NAME_ID);
        keepAll(input, HB_SUBSET_SETS_NAME_LANG_ID);
        hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
        const unicodes = hb.hb_subset_input_unicode_set(input);
        for (const c of new Set(text)) hb.hb_set_add(unicodes, c.codePointAt(0)!);
        result = hb.hb_subset_or_fail(face, input);
      } finally {
        hb.hb_subset_input_destroy(input);
      }
      if (result === 0) throw new Error(`font subset: hb_subset_or_fail failed for ${name} (is it a TrueType or OpenType font?)`);
      const blob = hb.hb_face_reference_blob(result);
      const data = hb.hb_blob_get_data(blob, 0);
      const bytes = heap().slice(data, data + hb.hb_blob_get_length(blob));
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(result);
      if (bytes.length === 0) throw new Error(`font subset: empty subset of ${name}`);
      return bytes;
    },
  };
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * Every character an SVG can ask a font for: those of its source (markup included, a harmless
 * superset) and those its character references stand for (&#x4e1c; &#19996; &amp;).
 */
export function svgCharacters(svg: string): string {
  const chars = new Set(svg);
  for (const [, hex, dec, named] of svg.matchAll(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));/gi)) {
    const code = hex !== undefined ? parseInt(hex, 16) : dec !== undefined ? Number(dec) : undefined;
    if (code !== undefined && code <= 0x10ffff) chars.add(String.fromCodePoint(code));
    else if (named !== undefined && NAMED[named]) chars.add(NAMED[named]);
  }
  return [...chars].sort().join("");
}
