/**
 * Host-page side of chart embeds; built into public/embed.js by
 * scripts/build-embed-js.ts (run `npx tsx scripts/build-embed-js.ts`).
 *
 * Only iframes marked with `data-fenjin-embed` are resized: other vendors'
 * embeds also speak the AMP message, and resizing iframes we don't own
 * would surprise the host page. Iframes are looked up per message, so ones
 * inserted later (lazy loading, SPA navigation) work without an observer.
 *
 * Embed code for editors:
 *   <iframe data-fenjin-embed src="https://SITE/2024/embed/CHART/"
 *     style="width:100%;border:0" height="400" title="…" loading="lazy"></iframe>
 *   <script async src="https://SITE/embed.js"></script>
 *
 * A sandboxed iframe must keep `allow-same-origin`, otherwise its messages
 * arrive from the opaque origin "null" and are rejected.
 */
import { EMBED_PROTOCOL_VERSION, EMBED_SIZE_REQUEST_TYPE, MAX_EMBED_HEIGHT, parseEmbedMessage } from './protocol';

export const EMBED_IFRAME_SELECTOR = 'iframe[data-fenjin-embed]';

/** Origin the iframe's src points at, or null when it has no real (tuple) origin. */
export function iframeOrigin(iframe: HTMLIFrameElement, base: string): string | null {
  try {
    const origin = new URL(iframe.src, base).origin;
    // about:blank, data:, srcdoc etc. have opaque origins that all read "null".
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The height an embed will have at an iframe width, from its code's data-heights table
 * ("288:640 320:612 …": from each width up, that height), or null without a usable table.
 */
export function heightForWidth(table: string | null, width: number): number | null {
  let height: number | null = null;
  for (const pair of (table ?? '').trim().split(/\s+/)) {
    const [w, h] = pair.split(':').map(Number);
    if (!(w! >= 0 && h! > 0 && h! < MAX_EMBED_HEIGHT)) continue;
    if (height === null || w! <= width) height = h!;
  }
  return height;
}

type HostWindow = Window & { fenjinEmbedHost?: boolean };

export function installEmbedHost(win: HostWindow): void {
  // Editors may paste the script once per chart; one listener is enough.
  if (win.fenjinEmbedHost) return;
  win.fenjinEmbedHost = true;
  const frames = () => win.document.querySelectorAll<HTMLIFrameElement>(EMBED_IFRAME_SELECTOR);
  // Until an embed reports its height, it gets the height its table gives for the width the
  // iframe really has (a phone's, a desktop column's), so a lazy iframe is right before it loads.
  const reported = new WeakSet<HTMLIFrameElement>();
  const presize = () => {
    for (const iframe of frames()) {
      const h = reported.has(iframe) ? null : heightForWidth(iframe.getAttribute('data-heights'), iframe.getBoundingClientRect().width);
      if (h) iframe.style.height = h + 'px';
    }
  };
  presize();
  win.addEventListener('resize', presize);

  win.addEventListener('message', (event) => {
    const height = parseEmbedMessage(event.data);
    if (height === null) return;
    for (const iframe of frames()) {
      if (
        event.source === iframe.contentWindow &&
        event.origin === iframeOrigin(iframe, win.location.href)
      ) {
        reported.add(iframe);
        iframe.style.height = height + 'px';
      }
    }
  });

  // Embeds that loaded before this script reported into the void; ask again.
  // Target the src origin so a navigated-away frame never receives it.
  const request = { type: EMBED_SIZE_REQUEST_TYPE, version: EMBED_PROTOCOL_VERSION };
  for (const iframe of frames()) {
    const origin = iframeOrigin(iframe, win.location.href);
    if (origin) iframe.contentWindow?.postMessage(request, origin);
  }
}
