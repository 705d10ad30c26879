/**
 * Inline script of chart pages, the one script an editor's page has: fills the embed code with
 * this page's own address when the build did not know the site's (no SITE_URL), and copies the
 * code on the button's press, and writes the placeholder height for the article column width the
 * editor picks. Without JavaScript the code shows relative addresses and the page says to replace
 * them; its height is a desktop column's, and embed.js corrects it for the width it gets.
 */
export const COPY_CODE_SCRIPT = `(function(d){var a=d.getElementById("embed-code"),b=d.getElementById("copy-embed"),s=d.getElementById("copy-status");if(!a||!b)return;
var e=a.getAttribute("data-embed"),j=a.getAttribute("data-script");
if(e&&j){a.value=a.value.split('src="'+e).join('src="'+new URL(e,location.href).href).split('src="'+j).join('src="'+new URL(j,location.href).href);var n=d.getElementById("relative-note");if(n)n.hidden=true;}
var w=d.getElementById("embed-width");if(w){w.parentNode.hidden=false;w.addEventListener("change",function(){a.value=a.value.replace(/ height="\\d+"/,' height="'+w.value+'"');});}
b.hidden=false;
b.addEventListener("click",function(){function done(){if(s)s.textContent="已复制";}
function old(){a.focus();a.select();try{d.execCommand("copy");done();}catch(x){if(s)s.textContent="请手动复制";}}
if(navigator.clipboard&&navigator.clipboard.writeText)navigator.clipboard.writeText(a.value).then(done,old);else old();});
})(document);`;
