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
import { EMBED_PROTOCOL_VERSION, EMBED_SIZE_REQUEST_TYPE, parseEmbedMessage } from './protocol';

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

type HostWindow = Window & { fenjinEmbedHost?: boolean };

export function installEmbedHost(win: HostWindow): void {
  // Editors may paste the script once per chart; one listener is enough.
  if (win.fenjinEmbedHost) return;
  win.fenjinEmbedHost = true;
  const frames = () => win.document.querySelectorAll<HTMLIFrameElement>(EMBED_IFRAME_SELECTOR);

  win.addEventListener('message', (event) => {
    const height = parseEmbedMessage(event.data);
    if (height === null) return;
    for (const iframe of frames()) {
      if (
        event.source === iframe.contentWindow &&
        event.origin === iframeOrigin(iframe, win.location.href)
      ) {
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
