/**
 * Inline script for embed pages: reports the document's height to the
 * parent window (see ./protocol.ts for the messages).
 *
 * Kept as a plain string rather than a function's .toString(): transpilers
 * (tsx/esbuild keepNames, Vite) may inject helpers such as __name() into
 * function bodies, which would be undefined once inlined into the page.
 *
 * Usage in an Astro embed page (anywhere in <head> or <body>):
 *   <script is:inline set:html={reportHeightScript(chartId)} />
 *
 * The page must let <html> size to its content: no `height: 100%` /
 * `min-height: 100vh` on html or body, or the height never shrinks.
 */
import {
  EMBED_PROTOCOL_VERSION,
  EMBED_SIZE_REQUEST_TYPE,
  EMBED_SIZE_TYPE,
} from './protocol';

/** JSON literal safe inside an inline <script> (no "</script>" breakout). */
function scriptLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Source of the reporter script. `id` (the chart id) is echoed in our
 * message for debugging/analytics; the host does not rely on it.
 *
 * The root element's box height is used, not scrollHeight: scrollHeight is
 * at least the viewport height, so an iframe could grow but never shrink.
 */
export function reportHeightScript(id?: string): string {
  return `(function(w,d){
var p=w.parent,last=0,id=${scriptLiteral(id ?? null)};
if(p===w)return;
function send(){
var h=Math.ceil(d.documentElement.getBoundingClientRect().height);
if(!(h>0)||h===last)return;
last=h;
p.postMessage({sentinel:"amp",type:"embed-size",height:h},"*");
var m={type:${scriptLiteral(EMBED_SIZE_TYPE)},version:${EMBED_PROTOCOL_VERSION},height:h};
if(id)m.id=id;
p.postMessage(m,"*");
}
if(w.ResizeObserver)new ResizeObserver(send).observe(d.documentElement);
else w.addEventListener("resize",send);
w.addEventListener("load",send);
w.addEventListener("message",function(e){
var m=e.data;
if(e.source===p&&m&&m.type===${scriptLiteral(EMBED_SIZE_REQUEST_TYPE)}){last=0;send();}
});
send();
})(window,document);`;
}

/** Reporter without an id, for pages that don't need one. */
export const REPORT_HEIGHT_SCRIPT = reportHeightScript();
