import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseEmbedMessage } from '../../src/embed/protocol';
import { REPORT_HEIGHT_SCRIPT, reportHeightScript } from '../../src/embed/report-height';

type Listener = (event: { data?: unknown; source?: unknown }) => void;

/** Minimal window/document stand-in: enough for the reporter, nothing more. */
function fakeEmbed(opts: { resizeObserver: boolean; framed?: boolean }) {
  const posted: Array<{ data: unknown; target: string }> = [];
  const listeners: Record<string, Listener[]> = {};
  let roCallback: (() => void) | undefined;
  const state = { height: 300.2 };
  const parent = {
    postMessage: (data: unknown, target: string) => posted.push({ data, target }),
  };
  const win: Record<string, unknown> = {
    addEventListener: (type: string, fn: Listener) => (listeners[type] ??= []).push(fn),
  };
  win.parent = opts.framed === false ? win : parent;
  if (opts.resizeObserver) {
    win.ResizeObserver = class {
      constructor(cb: () => void) {
        roCallback = cb;
      }
      observe() {}
    };
  }
  const document = {
    documentElement: { getBoundingClientRect: () => ({ height: state.height }) },
  };
  const fire = (type: string, event: Parameters<Listener>[0] = {}) =>
    (listeners[type] ?? []).forEach((fn) => fn(event));
  const run = (src: string) =>
    runInNewContext(src, {
      window: win,
      document,
      Math,
      ResizeObserver: win.ResizeObserver,
    });
  return { posted, state, parent, fire, run, resize: () => roCallback?.() };
}

describe('reportHeightScript', () => {
  it('posts both message shapes with the rounded-up height, once per height', () => {
    const e = fakeEmbed({ resizeObserver: true });
    e.run(reportHeightScript('gdp-2024'));
    expect(e.posted).toEqual([
      { data: { sentinel: 'amp', type: 'embed-size', height: 301 }, target: '*' },
      { data: { type: 'fenjin:embed-size', version: 1, height: 301, id: 'gdp-2024' }, target: '*' },
    ]);
    for (const { data } of e.posted) expect(parseEmbedMessage(data)).toBe(301);

    e.fire('load');
    e.resize();
    expect(e.posted).toHaveLength(2); // same height: no duplicates

    e.state.height = 180; // shrinking must be reported too
    e.resize();
    expect(e.posted.slice(2).map((p) => parseEmbedMessage(p.data))).toEqual([180, 180]);
  });

  it('falls back to the resize event without ResizeObserver', () => {
    const e = fakeEmbed({ resizeObserver: false });
    e.run(REPORT_HEIGHT_SCRIPT);
    expect(e.posted[1]!.data).toEqual({ type: 'fenjin:embed-size', version: 1, height: 301 });
    e.state.height = 500;
    e.fire('resize');
    expect(e.posted.slice(2).map((p) => parseEmbedMessage(p.data))).toEqual([500, 500]);
  });

  it('re-sends the unchanged height when the parent asks, and only the parent', () => {
    const e = fakeEmbed({ resizeObserver: true });
    e.run(REPORT_HEIGHT_SCRIPT);
    e.fire('message', { source: {}, data: { type: 'fenjin:embed-size-request', version: 1 } });
    expect(e.posted).toHaveLength(2);
    e.fire('message', { source: e.parent, data: { type: 'fenjin:embed-size-request', version: 1 } });
    expect(e.posted).toHaveLength(4);
  });

  it('stays silent when not framed', () => {
    const e = fakeEmbed({ resizeObserver: true, framed: false });
    e.run(REPORT_HEIGHT_SCRIPT);
    e.resize();
    expect(e.posted).toEqual([]);
  });

  it('cannot be broken out of by a hostile id', () => {
    const src = reportHeightScript('</script><script>alert(1)</script>');
    expect(src).not.toContain('</script');
    const e = fakeEmbed({ resizeObserver: true });
    e.run(src);
    expect((e.posted[1]!.data as { id: string }).id).toBe('</script><script>alert(1)</script>');
  });
});
