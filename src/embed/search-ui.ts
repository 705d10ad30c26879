/**
 * Inline script of the search page, on Pagefind's API (the index the build wrote into
 * /pagefind/, addressed from this page's own URL, so search works under any folder):
 * - each result says its year, place and kind of page (from the pages' data-pagefind-meta);
 * - it links to the sentence, table row or paragraph where the words stand (the nearest anchor
 *   before the longest run of matched words in a row: a query Pagefind cuts into words matches where they stand together,
 *   so 高标准农田 lands on 高标准农田, not on the 标准 of 标准化), not to a heading;
 * - its excerpt is the sentence the words stand in, cut at Chinese sentence ends;
 * - pages of the query's topic (its words in their topics, or a topic's name in the query: 农田
 *   in 高标准农田) come first: charts, then fact cards, then places' targets and texts; a
 *   place's name puts that place's pages before all.
 * Without JavaScript the page says how to browse instead.
 */
export const SEARCH_UI_SCRIPT = `(function(d){var form=d.getElementById("search-form"),input=d.getElementById("q"),list=d.getElementById("results"),status=d.getElementById("search-status"),fb=d.getElementById("search-fallback");
if(!form||!input||!list)return;form.hidden=false;if(fb)fb.hidden=true;
var base=new URL("../",location.href);
var ready=import(new URL("pagefind/pagefind.js",base).href).then(function(p){return p.options({baseUrl:base.pathname}).then(function(){return p;});});
var KIND={"图表":0,"卡片":1,"地方目标":2,"清单原文":3};
var ENDS="。！？；";
function words(q){return q.split(/\\s+/).filter(Boolean);}
function esc(w){return w.replace(/[.*+?^\${}()|[\\]\\\\]/g,"\\\\$&");}
function sentence(text,ws){var i=-1,w="";ws.forEach(function(x){var j=text.indexOf(x);if(j>=0&&(i<0||j<i)){i=j;w=x;}});
if(i<0)return text.slice(0,80);var a=i,b=i+w.length;
while(a>0&&ENDS.indexOf(text[a-1])<0&&text.slice(a-2,a)!==". ")a--;
while(b<text.length&&ENDS.indexOf(text[b-1])<0&&text.slice(b,b+2)!==". ")b++;
var s=text.slice(a,b).trim();if(s.length>100){var k=Math.max(0,i-a-40);s=(k?"…":"")+s.slice(k,k+90)+"…";}return s;}
function marked(el,s,ws){var re=new RegExp("("+ws.map(esc).join("|")+")","g");s.split(re).forEach(function(part,n){if(!part)return;if(n%2){var m=d.createElement("mark");m.textContent=part;el.appendChild(m);}else el.appendChild(d.createTextNode(part));});}
function anchor(r){var l=r.locations.slice().sort(function(a,b){return a-b;}),at=l[0],best=null;for(var i=0,run=1,most=1;i+1<l.length;i++){run=l[i+1]===l[i]+1?run+1:1;if(run>most){most=run;at=l[i+2-run];}}(r.anchors||[]).forEach(function(a){if(a.location<=at&&/^(item-\\d+|row-.+|[a-z]+-\\d+)$/.test(a.id)&&!/^n-\\d+$/.test(a.id)&&(!best||a.location>=best.location))best=a;});return best?"#"+best.id:"";}
function score(r,ws){var m=r.meta||{},topic=(m.topics||"")+" "+(m.title||"");
if(m.place&&ws.indexOf(m.place)>=0)return m.kind==="地方目标"?-2:-1;
var parts=topic.split(/\\s+/).filter(function(t){return t.length>1;});
return ws.some(function(w){return topic.indexOf(w)>=0||parts.some(function(t){return w.indexOf(t)>=0;});})&&m.kind in KIND?KIND[m.kind]:4;}
var seq=0;
function run(q){var n=++seq,ws=words(q);if(!ws.length){list.textContent="";status.textContent="";return;}
ready.then(function(p){return p.search(q);}).then(function(res){return Promise.all(res.results.slice(0,20).map(function(x){return x.data();}));}).then(function(rs){
if(n!==seq)return;list.textContent="";
rs.map(function(r,i){return{r:r,i:i,s:score(r,ws)};}).sort(function(a,b){return a.s-b.s||a.i-b.i;}).forEach(function(x){var r=x.r,m=r.meta||{};
var li=d.createElement("li"),where=d.createElement("p"),a=d.createElement("a"),ex=d.createElement("p");
where.className="result-where";where.textContent=[m.year?m.year+"年":"",m.place||"",m.kind||""].filter(Boolean).join(" · ");
a.className="result-link";a.href=r.url+anchor(r);a.textContent=m.title||r.url;
ex.className="result-excerpt";marked(ex,sentence(r.content,ws),ws);
li.appendChild(where);li.appendChild(a);li.appendChild(ex);list.appendChild(li);});
status.textContent=rs.length?"找到"+rs.length+"条结果"+(rs.length===20?"（只列出前20条）":""):"没有找到“"+q+"”";
},function(){status.textContent="搜索出错，请稍后再试";});}
var t;input.addEventListener("input",function(){clearTimeout(t);t=setTimeout(function(){run(input.value.trim());},200);});
form.addEventListener("submit",function(e){e.preventDefault();run(input.value.trim());});
var q=new URLSearchParams(location.search).get("q");if(q){input.value=q;run(q);}
})(document);`;
