/**
 * Inline script of embed pages: an embed is light whatever the reader's system says, because
 * it sits in someone else's (usually white) article; the host asks for dark with ?theme=dark,
 * or for the reader's own scheme with ?theme=auto. Without JavaScript it stays light.
 */
export const EMBED_THEME_SCRIPT = `(function(r){var t=new URLSearchParams(location.search).get("theme");if(t==="dark")r.setAttribute("data-theme","dark");else if(t==="auto")r.removeAttribute("data-theme");})(document.documentElement);`;
