/**
 * Inline script of the search page: starts Pagefind's UI on the index the build wrote into
 * /pagefind/, with result addresses resolved from this page's own, so search works under any
 * folder (an archive, a newsroom's sub-path) as every other link does.
 */
export const SEARCH_UI_SCRIPT = `(function(d){var n=d.getElementById("search-fallback");if(n)n.hidden=true;
var base=new URL("../",location.href).pathname;
new PagefindUI({element:"#search",baseUrl:base,bundlePath:base+"pagefind/",showSubResults:true,showImages:false,translations:{placeholder:"搜索地名或目标",zero_results:"没有找到“[SEARCH_TERM]”"}});
var q=new URLSearchParams(location.search).get("q");if(q){var i=d.querySelector("#search input");if(i){i.value=q;i.dispatchEvent(new Event("input"));}}
})(document);`;
