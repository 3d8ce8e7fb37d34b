#include "write/report_html.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "write/dot.h"
#include "write/render.h"
#include "write/style.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/escape.h"

/* Everything the page needs is in this file: the page must open without a
 * network (no fonts, scripts or styles from elsewhere). */
static const char page_css[] =
    ":root{--fg:#1d2733;--muted:#5b6673;--line:#d8dee6;--bg:#fff;"
    "--band:#f5f7fa;--accent:#0072b2}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;font:15px/1.5 \"DejaVu Sans\",\"Noto Sans\",system-ui,"
    "sans-serif;color:var(--fg);background:var(--bg)}\n"
    "main{max-width:1200px;margin:0 auto;padding:0 24px 48px}\n"
    "header{background:#16324f;color:#fff;padding:22px 24px 18px}\n"
    "header .in{max-width:1200px;margin:0 auto}\n"
    "header h1{margin:0;font-size:24px;font-weight:600;overflow-wrap:anywhere}\n"
    "header p{margin:4px 0 0;color:#c9d6e3;font-size:14px}\n"
    "h2{font-size:19px;margin:32px 0 10px;padding-bottom:4px;"
    "border-bottom:2px solid var(--line)}\n"
    "nav{font-size:14px;margin:12px 0 0}nav a{color:#c9d6e3;margin-right:16px}\n"
    ".summary{font-size:16px;padding-left:20px}.summary li{margin:3px 0}\n"
    ".hint{color:var(--muted);font-size:13px;margin:4px 0 8px}\n"
    ".picture{border:1px solid var(--line);border-radius:6px;padding:8px;"
    "overflow:auto;max-height:88vh;background:#fff}\n"
    ".picture svg{display:block;max-width:100%;height:auto;margin:0 auto}\n"
    ".picture.live{padding:0;overflow:hidden;max-height:none;"
    "touch-action:none;cursor:grab}\n"
    ".picture.live svg{max-width:none;width:100%;height:100%;margin:0}\n"
    ".picture.drag{cursor:grabbing}.picture:focus{outline:2px solid "
    "var(--accent)}\n"
    ".picture g.nolabel text{display:none}\n"
    ".picture g.node.big text{paint-order:stroke;stroke:#fff;"
    "stroke-linejoin:round}\n"
    ".tools{display:flex;flex-wrap:wrap;gap:6px;align-items:center;"
    "margin:4px 0 8px}\n"
    ".tools input{font:inherit;font-size:14px;padding:3px 8px;width:18em;"
    "border:1px solid var(--line);border-radius:4px}\n"
    ".zoom{font:inherit;font-size:13px;padding:2px 10px;min-width:2.4em;"
    "border:1px solid var(--line);border-radius:4px;background:var(--band);"
    "cursor:pointer}\n"
    ".picture g.node,.picture g.edge{cursor:pointer}\n"
    ".picture svg.focus g.node,.picture svg.focus g.edge{opacity:.14;"
    "transition:opacity .15s}\n"
    ".picture svg.focus g.hl{opacity:1}\n"
    ".picture svg.focus g.node.sel polygon,.picture svg.focus g.node.sel "
    "ellipse{stroke-width:3px}\n"
    ".info{white-space:pre-line;font-size:13px;background:var(--band);"
    "border:1px solid var(--line);border-radius:6px;padding:8px 12px;"
    "margin-top:8px;min-height:3.2em}\n"
    "table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0}\n"
    "th,td{padding:4px 8px;border-bottom:1px solid var(--line);"
    "text-align:left;vertical-align:top}\n"
    "th{background:var(--band);position:sticky;top:0;cursor:pointer;"
    "user-select:none;vertical-align:bottom}\n"

    "th:hover{background:#e8edf3}\n"
    "th[aria-sort=ascending]::after{content:\" \\25B2\";font-size:10px}\n"
    "th[aria-sort=descending]::after{content:\" \\25BC\";font-size:10px}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "td.top{font-weight:700}td.nw{white-space:nowrap}\n"
    "tbody tr:nth-child(even){background:#fafbfc}\n"
    "tbody tr:hover{background:#eef4fa}\n"
    ".actor{color:var(--accent);cursor:pointer;border:0;background:none;"
    "padding:0;font:inherit;text-align:left}\n"
    ".actor:hover{text-decoration:underline}\n"
    ".kind{display:inline-block;padding:0 6px;border-radius:4px;"
    "font-size:12px;border:1px solid}\n"
    ".rel{display:inline-block;width:18px;height:0;border-top:3px solid;"
    "vertical-align:middle;margin-right:5px}\n"
    ".rel.dashed{border-top-style:dashed}.rel.dotted{border-top-style:dotted}\n"
    ".src{color:var(--muted);font-size:12px;white-space:nowrap}\n"
    ".ev{max-width:520px}\n"
    "dl.measures{display:grid;grid-template-columns:max-content 1fr;"
    "gap:4px 16px;font-size:14px}dl.measures dt{font-weight:700}"
    "dl.measures dd{margin:0}\n"
    ".scroll{max-height:70vh;overflow:auto;border:1px solid var(--line);"
    "border-radius:6px}\n"
    ".note{color:var(--muted);font-size:13px}\n"
    "footer{color:var(--muted);font-size:12px;margin-top:40px}\n";

/* Sorting (click or Enter on a header), picture tooltips (Graphviz puts
 * them in xlink:title; browsers show <title>), and highlighting an actor's
 * ties from the picture or the tables.  Ids: node a<k>, edge e_a<i>_a<j>.
 * The picture zooms (wheel, + and - keys or buttons, "Fit", "Actual size"
 * centred on the selected actor) and pans (drag, arrow keys) through the
 * SVG viewBox, kept at the box's aspect so the scale is one number s (CSS
 * pixels per viewBox unit).  Node labels are placed biggest actor first,
 * each at least MINPX on screen (enlarged when zoomed out) and none over
 * another; the others appear as the picture is zoomed in, and the selected
 * actor, its partners and the one under the pointer always show theirs.
 * The search box picks the closest name (exact, prefix, word, substring;
 * case and accents ignored), selects it and centres it. */
static const char page_js[] =
    "(function(){'use strict';\n"
    "var XL='http://www.w3.org/1999/xlink';\n"
    "function key(td,num){var v=td.getAttribute('data-v');"
    "if(v===null)v=td.textContent;"
    "if(num){var x=parseFloat(v);return isNaN(x)?-Infinity:x;}"
    "return v.toLowerCase();}\n"
    "function sortBy(t,col,th){var num=th.classList.contains('num');"
    "var cur=th.getAttribute('aria-sort');"
    "var asc=cur?cur!=='ascending':!num;"
    "Array.prototype.forEach.call(t.tHead.rows[0].cells,function(h){"
    "h.removeAttribute('aria-sort');});"
    "var body=t.tBodies[0];var rows=Array.prototype.slice.call(body.rows);"
    "rows.forEach(function(r,i){r._i=i;});"
    "rows.sort(function(a,b){var x=key(a.cells[col],num),"
    "y=key(b.cells[col],num);var c=num?(x<y?-1:x>y?1:0):x.localeCompare(y);"
    "return (asc?c:-c)||a._i-b._i;});"
    "rows.forEach(function(r){body.appendChild(r);});"
    "th.setAttribute('aria-sort',asc?'ascending':'descending');}\n"
    "document.querySelectorAll('table.sortable').forEach(function(t){"
    "Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,col){"
    "th.tabIndex=0;th.addEventListener('click',function(){sortBy(t,col,th);});"
    "th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' ')"
    "{e.preventDefault();sortBy(t,col,th);}});});});\n"
    "var pic=document.querySelector('.picture');\n"
    "var svg=pic&&pic.querySelector('svg');\n"
    "var info=document.getElementById('info');if(!svg)return;\n"
    "var nodes={},edges=[],labels=[],etexts=[];\n"
    "svg.querySelectorAll('g.node,g.edge').forEach(function(g){\n"
    "var tip='';g.querySelectorAll('a').forEach(function(a){\n"
    "var t=a.getAttributeNS(XL,'title')||a.getAttribute('xlink:title');\n"
    "if(t&&!tip)tip=t;});\n"
    "var title=g.querySelector('title');if(title&&tip)title.textContent=tip;\n"
    "g.setAttribute('data-tip',tip);\n"
    "var t=g.querySelector('text');\n"
    "if(g.classList.contains('node')){nodes[g.id]=g;\n"
    "if(t){var fs=parseFloat(t.getAttribute('font-size'))||10;\n"
    "var w=0;try{w=t.getComputedTextLength();}catch(x){}\n"
    "if(!(w>0))w=0.6*fs*t.textContent.length;\n"
    "labels.push({g:g,t:t,fs:fs,cur:fs,w:w,x:parseFloat(t.getAttribute('x'))||0,\n"
    "y:parseFloat(t.getAttribute('y'))||0,name:tip.split('\\n')[0]||t.textContent});}}\n"
    "else{var m=/^e_(a\\d+)_(a\\d+)$/.exec(g.id);\n"
    "if(m)edges.push({g:g,a:m[1],b:m[2]});\n"
    "if(t)etexts.push({g:g,fs:parseFloat(t.getAttribute('font-size'))||8});}\n"
    "g.addEventListener('mouseenter',function(){g.classList.add('hover');\n"
    "if(g.classList.contains('node'))relabel();\n"
    "if(!svg.classList.contains('focus'))info.textContent=tip;});\n"
    "g.addEventListener('mouseleave',function(){g.classList.remove('hover');\n"
    "if(g.classList.contains('node'))relabel();});});\n"
    "labels.sort(function(p,q){return q.fs-p.fs;});\n"
    "var MINPX=11;\n"
    "var graph=svg.querySelector('g.graph');\n"
    "var gm=graph&&graph.transform.baseVal.consolidate();\n"
    "gm=gm?gm.matrix:{a:1,b:0,c:0,d:1,e:0,f:0};\n"
    "var ga=Math.abs(gm.a)||1;\n"
    "function toView(x,y){return [gm.a*x+gm.c*y+gm.e,gm.b*x+gm.d*y+gm.f];}\n"
    "var vb=svg.viewBox.baseVal,X0=vb.x,Y0=vb.y,W=vb.width,H=vb.height;\n"
    "if(!(W>0&&H>0))return;\n"
    "var nat=(parseFloat(svg.getAttribute('width'))||W)*4/3/W;\n"
    "var ACT=4/3/ga;\n"
    "var cw=1,ch=1,fit=1,s=1,cx=X0+W/2,cy=Y0+H/2;\n"
    "svg.removeAttribute('width');svg.removeAttribute('height');\n"
    "pic.classList.add('live');pic.tabIndex=0;\n"
    "function measure(){cw=pic.clientWidth||800;\n"
    "var h=H*Math.min(cw/W,nat),mx=Math.max(320,window.innerHeight*0.8);\n"
    "ch=Math.max(240,Math.min(h,mx));pic.style.height=ch+'px';ch=pic.clientHeight||ch;\n"
    "fit=Math.min(cw/W,ch/H);}\n"
    "function relabel(){var k=ga*s,placed=[];\n"
    "function put(l,force){var fs=Math.max(l.fs,MINPX/k),f=fs/l.fs;\n"
    "if(fs!==l.cur){l.t.setAttribute('font-size',fs.toFixed(2));l.cur=fs;}\n"
    "l.g.classList.toggle('big',f>1.001);\n"
    "if(f>1.001)l.t.style.strokeWidth=(2.5/k).toFixed(2)+'px';\n"
    "var b=[l.x-l.w*f/2-1/k,l.y-0.85*fs,l.x+l.w*f/2+1/k,l.y+0.3*fs];\n"
    "var free=placed.every(function(o){return b[2]<=o[0]||b[0]>=o[2]||b[3]<=o[1]||b[1]>=o[3];});\n"
    "if(free||force)placed.push(b);\n"
    "l.g.classList.toggle('nolabel',!(free||force));}\n"
    "var cl=function(l){var c=l.g.classList;return c.contains('sel')||c.contains('hover')||(c.contains('hl')&&svg.classList.contains('focus'));};\n"
    "labels.forEach(function(l){if(cl(l))put(l,1);});\n"
    "labels.forEach(function(l){if(!cl(l))put(l,0);});\n"
    "etexts.forEach(function(e){e.g.classList.toggle('nolabel',e.fs*k<MINPX-2);});}\n"
    "function view(x,y,z){var lo=fit*0.5,hi=Math.max(fit,ACT)*8;\n"
    "s=Math.min(hi,Math.max(lo,z));\n"
    "cx=Math.min(X0+W,Math.max(X0,x));cy=Math.min(Y0+H,Math.max(Y0,y));\n"
    "var w=cw/s,h=ch/s;\n"
    "svg.setAttribute('viewBox',(cx-w/2).toFixed(2)+' '+(cy-h/2).toFixed(2)+' '+w.toFixed(2)+' '+h.toFixed(2));\n"
    "pic.setAttribute('data-scale',(s*ga*3/4).toFixed(3));relabel();}\n"
    "function fitAll(){view(X0+W/2,Y0+H/2,fit);}\n"
    "measure();fitAll();\n"
    "function where(e){var r=svg.getBoundingClientRect();return [e.clientX-r.left,e.clientY-r.top];}\n"
    "function zoomAt(px,py,z){var ux=cx+(px-cw/2)/s,uy=cy+(py-ch/2)/s;\n"
    "var lo=fit*0.5,hi=Math.max(fit,ACT)*8;z=Math.min(hi,Math.max(lo,z));\n"
    "view(ux-(px-cw/2)/z,uy-(py-ch/2)/z,z);}\n"
    "function centre(id,z){var n=nodes[id];if(!n)return;var bb=n.getBBox();\n"
    "var p=toView(bb.x+bb.width/2,bb.y+bb.height/2);view(p[0],p[1],z);}\n"
    "pic.addEventListener('wheel',function(e){e.preventDefault();\n"
    "var p=where(e);zoomAt(p[0],p[1],s*Math.exp(-e.deltaY*(e.deltaMode?0.05:0.002)));},{passive:false});\n"
    "var drag=null,dragged=false;\n"
    "svg.addEventListener('pointerdown',function(e){if(e.button!==0)return;\n"
    "drag={x:e.clientX,y:e.clientY,cx:cx,cy:cy,id:e.pointerId};dragged=false;});\n"
    "svg.addEventListener('pointermove',function(e){if(!drag)return;\n"
    "var dx=e.clientX-drag.x,dy=e.clientY-drag.y;\n"
    "if(!dragged&&dx*dx+dy*dy<16)return;\n"
    "if(!dragged){dragged=true;pic.classList.add('drag');\n"
    "try{svg.setPointerCapture(drag.id);}catch(x){}}\n"
    "view(drag.cx-dx/s,drag.cy-dy/s,s);});\n"
    "function endDrag(){drag=null;pic.classList.remove('drag');}\n"
    "svg.addEventListener('pointerup',endDrag);svg.addEventListener('pointercancel',endDrag);\n"
    "svg.addEventListener('click',function(e){if(dragged){dragged=false;e.stopPropagation();}},true);\n"
    "pic.addEventListener('keydown',function(e){var st=0.15*cw/s,k=e.key;\n"
    "if(k==='+'||k==='=')zoomAt(cw/2,ch/2,s*1.5);else if(k==='-')zoomAt(cw/2,ch/2,s/1.5);\n"
    "else if(k==='0')fitAll();else if(k==='1')actual();\n"
    "else if(k==='ArrowLeft')view(cx-st,cy,s);else if(k==='ArrowRight')view(cx+st,cy,s);\n"
    "else if(k==='ArrowUp')view(cx,cy-st,s);else if(k==='ArrowDown')view(cx,cy+st,s);\n"
    "else return;e.preventDefault();});\n"
    "window.addEventListener('resize',function(){var f=s<=fit*1.0001;measure();\n"
    "if(f)fitAll();else view(cx,cy,s);});\n"
    "function btn(id,f){var b=document.getElementById(id);if(b)b.addEventListener('click',f);}\n"
    "function actual(){var g=svg.querySelector('g.node.sel');if(g)centre(g.id,ACT);else view(cx,cy,ACT);}\n"
    "btn('zoom-in',function(){zoomAt(cw/2,ch/2,s*1.5);});\n"
    "btn('zoom-out',function(){zoomAt(cw/2,ch/2,s/1.5);});\n"
    "btn('zoom-fit',fitAll);btn('zoom',actual);\n"
    "function clear(){svg.classList.remove('focus');\n"
    "svg.querySelectorAll('.hl,.sel').forEach(function(g){\n"
    "g.classList.remove('hl');g.classList.remove('sel');});}\n"
    "function select(id){clear();var n=nodes[id];if(!n){relabel();return false;}\n"
    "svg.classList.add('focus');n.classList.add('hl');n.classList.add('sel');\n"
    "var k=0;edges.forEach(function(e){if(e.a===id||e.b===id){k++;\n"
    "e.g.classList.add('hl');var o=nodes[e.a===id?e.b:e.a];\n"
    "if(o)o.classList.add('hl');}});\n"
    "info.textContent=n.getAttribute('data-tip')+'\\n'+k+(k===1?' tie':' ties')\n"
    "+' highlighted \\u2014 click the background to show all.';relabel();return true;}\n"
    "svg.addEventListener('click',function(e){var g=e.target.closest('g.node');\n"
    "if(g&&!g.classList.contains('sel'))select(g.id);else{clear();relabel();}});\n"
    "document.querySelectorAll('[data-actor]').forEach(function(b){\n"
    "b.addEventListener('click',function(){var id=b.getAttribute('data-actor');\n"
    "if(select(id)){centre(id,Math.max(s,fit));\n"
    "document.getElementById('picture').scrollIntoView({behavior:'smooth'});}});});\n"
    "function norm(x){return x.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase().replace(/\\s+/g,' ').trim();}\n"
    "var list=document.getElementById('actor-names');\n"
    "labels.slice().sort(function(p,q){return p.name.localeCompare(q.name);}).forEach(function(l){\n"
    "l.key=norm(l.name);if(list){var o=document.createElement('option');o.value=l.name;list.appendChild(o);}});\n"
    "function lookup(q){q=norm(q);var best=null,bs=0;if(!q)return null;\n"
    "labels.forEach(function(l){var n=l.key,sc=n===q?4:n.indexOf(q)===0?3:(' '+n).indexOf(' '+q)>=0?2:n.indexOf(q)>=0?1:0;\n"
    "if(sc>bs){best=l;bs=sc;}});return best;}\n"
    "var find=document.getElementById('find');\n"
    "function search(){var q=find.value;if(!q.trim())return;var l=lookup(q);\n"
    "if(!l){info.textContent='No actor in the picture matches \\u201c'+q+'\\u201d.';return;}\n"
    "select(l.g.id);centre(l.g.id,Math.max(s,MINPX/(l.fs*ga),fit));}\n"
    "if(find){find.addEventListener('keydown',function(e){if(e.key==='Enter'){e.preventDefault();search();}});\n"
    "find.addEventListener('input',function(){var q=norm(find.value);\n"
    "if(labels.some(function(l){return l.key===q;}))search();});}\n"
    "})();\n";

static void esc(FILE *fp, const char *s) { esc_xml_put(fp, s, strlen(s)); }

static const char *name_of(const net_t *net, uint32_t id)
{
    return net_actor_name(net, id);
}

/* An actor name that highlights the actor in the picture when clicked. */
static void put_actor(FILE *fp, const net_t *net, uint32_t id)
{
    fprintf(fp, "<button class=\"actor\" data-actor=\"a%u\">", (unsigned)id);
    esc(fp, name_of(net, id));
    fputs("</button>", fp);
}

static void put_kind(FILE *fp, ev_kind_t k)
{
    fprintf(fp, "<span class=\"kind\" style=\"background:%s;border-color:%s\">"
                "%s</span>",
            style_kind_fill(k), style_kind_border(k), ev_kind_name(k));
}

/* A relation with a line sample drawn like its edges in the picture. */
static void put_rel(FILE *fp, ev_relation_t r)
{
    const char *line = style_rel_line(r);
    int broken = !strcmp(line, "dashed") || !strcmp(line, "dotted");
    fprintf(fp, "<span class=\"rel%s%s\" style=\"border-color:%s\"></span>%s",
            broken ? " " : "", broken ? line : "", style_rel_color(r),
            ev_relation_name(r));
}

/* Index of the actor with the largest value (ties: name, then id), or -1
 * when every value is <= 0. */
static long argmax(const net_t *net, const double *v, const unsigned char *show)
{
    long best = -1;
    for (size_t i = 0; i < net->nactors; i++) {
        if ((show && !show[i]) || !(v[i] > 0)) continue;
        if (best < 0 || v[i] > v[best]
            || (v[i] == v[best]
                && strcmp(name_of(net, i), name_of(net, (size_t)best)) < 0))
            best = (long)i;
    }
    return best;
}

static int summary(FILE *fp, const report_t *r)
{
    const net_t *net = r->net;
    const cent_t *c = r->cent;
    size_t ties = 0, events = 0;
    report_counts(r, &ties, &events);
    int miny = 0, maxy = 0;
    long busiest = -1;
    size_t aff_ties = 0, affs = 0;
    for (size_t j = 0; j < net->nedges; j++) {
        size_t ny;
        const short *y = net_edge_years(&net->edges[j], &ny);
        if (ny) {
            if (!miny || y[0] < miny) miny = y[0];
            if (y[ny - 1] > maxy) maxy = y[ny - 1];
        }
        /* Office-holding is no diplomacy: the busiest tie is the one with
         * the most interactions. */
        uint32_t w = net_edge_weight(net, &net->edges[j], r->with_affiliations);
        if (w && (busiest < 0 ||
                  w > net_edge_weight(net, &net->edges[busiest],
                                      r->with_affiliations)))
            busiest = (long)j;
        uint32_t aff = net_edge_count(net, &net->edges[j], EV_REL_AFFILIATION);
        if (!r->with_affiliations && aff) {
            aff_ties++;
            affs += aff;
        }
    }
    fputs("<ul class=\"summary\">\n<li>", fp);
    fprintf(fp, "The network has <b>%zu</b> actor%s, <b>%zu</b> tie%s and "
                "<b>%zu</b> event%s",
            net->nactors, net->nactors == 1 ? "" : "s", ties,
            ties == 1 ? "" : "s", events, events == 1 ? "" : "s");
    if (miny && maxy > miny) fprintf(fp, ", from %d to %d.", miny, maxy);
    else if (miny) fprintf(fp, ", all in %d.", miny);
    else fputs("; none of them is dated.", fp);
    fputs("</li>\n", fp);

    double *v = malloc((net->nactors ? net->nactors : 1) * sizeof *v);
    if (!v) return diag_nomem("report summary");
    for (size_t i = 0; i < net->nactors; i++) v[i] = net->actors[i].visits_made;
    long a = argmax(net, v, NULL);
    if (a >= 0) {
        fputs("<li>Most visits made: ", fp);
        put_actor(fp, net, (uint32_t)a);
        fprintf(fp, " travelled %u time%s.</li>\n",
                (unsigned)net->actors[a].visits_made,
                net->actors[a].visits_made == 1 ? "" : "s");
    }
    for (size_t i = 0; i < net->nactors; i++) v[i] = net->actors[i].visits_hosted;
    a = argmax(net, v, NULL);
    if (a >= 0) {
        fputs("<li>Most visits hosted: ", fp);
        put_actor(fp, net, (uint32_t)a);
        fprintf(fp, " received %u visit%s.</li>\n",
                (unsigned)net->actors[a].visits_hosted,
                net->actors[a].visits_hosted == 1 ? "" : "s");
    }
    free(v);
    if (c->val[M_DEGREE] && (a = argmax(net, c->val[M_DEGREE], NULL)) >= 0) {
        fputs("<li>Most partners: ", fp);
        put_actor(fp, net, (uint32_t)a);
        fprintf(fp, " dealt with %.0f other actor%s.</li>\n",
                c->val[M_DEGREE][a], c->val[M_DEGREE][a] == 1 ? "" : "s");
    }
    if (c->val[M_BETWEENNESS]
        && (a = argmax(net, c->val[M_BETWEENNESS], NULL)) >= 0) {
        char val[32];
        report_format_value(r, M_BETWEENNESS, (uint32_t)a, 0, val);
        fputs("<li>The main broker, on the most shortest paths between "
              "others: ", fp);
        put_actor(fp, net, (uint32_t)a);
        fprintf(fp, " (betweenness %s).</li>\n", val);
    }
    uint32_t bw = busiest >= 0 ? net_edge_weight(net, &net->edges[busiest],
                                                 r->with_affiliations)
                               : 0;
    if (bw > 1) {
        const net_edge_t *e = &net->edges[busiest];
        buf_t b;
        buf_init(&b);
        if (style_years(&b, e)) {
            buf_destroy(&b);
            return diag_nomem("report summary");
        }
        fputs("<li>The busiest tie: ", fp);
        put_actor(fp, net, e->a);
        fputs(" \u2013 ", fp);
        put_actor(fp, net, e->b);
        fprintf(fp, ", %u %s", (unsigned)bw,
                r->with_affiliations ? "events" : "interactions");
        size_t ny;
        net_edge_years(e, &ny);
        if (ny) {
            /* style_years ends with the count; the years alone here. */
            const char *paren = strstr(buf_cstr(&b), " (");
            fputs(" (", fp);
            esc_xml_put(fp, b.data, paren ? (size_t)(paren - b.data)
                                                  : b.len);
            fputs(")", fp);
        }
        fputs(".</li>\n", fp);
        buf_destroy(&b);
    }
    if (aff_ties)
        fprintf(fp, "<li>Office-holding, shown apart: %zu affiliation%s "
                    "(an office holder and the institution) on %zu tie%s, "
                    "not counted as interaction.</li>\n",
                affs, affs == 1 ? "" : "s", aff_ties,
                aff_ties == 1 ? "" : "s");
    fputs("</ul>\n", fp);
    return DN_OK;
}

/* Rows of the actor table: the union of the top r->n (20 when 0) of every
 * computed measure among the eligible actors, ordered by r->by.
 * top[m * nactors + i] = 1 when actor i is in measure m's top. */
static int actor_rows(const report_t *r, const unsigned char *show,
                      uint32_t **rows_out, size_t *nrows,
                      unsigned char **top_out)
{
    const net_t *net = r->net;
    size_t n = net->nactors, k = r->n ? r->n : 20;
    uint32_t *ids = malloc((n ? n : 1) * sizeof *ids);
    uint32_t *rows = malloc((n ? n : 1) * sizeof *rows);
    unsigned char *top = calloc((n ? n : 1) * M_COUNT, 1);
    unsigned char *in = calloc(n ? n : 1, 1);
    if (!ids || !rows || !top || !in) {
        free(ids);
        free(rows);
        free(top);
        free(in);
        return diag_nomem("report table");
    }
    size_t m_rows = 0;
    /* The ranked list given by the caller first, as given. */
    for (size_t i = 0; i < r->n; i++) {
        if (!in[r->ids[i]]) rows[m_rows++] = r->ids[i];
        in[r->ids[i]] = 1;
    }
    for (int m = 0; m < M_COUNT; m++) {
        if (!r->cent->val[m]) continue;
        size_t ne = 0;
        for (size_t i = 0; i < n; i++)
            if (!show || show[i]) ids[ne++] = (uint32_t)i;
        size_t kk = k < ne ? k : ne;
        cent_rank_top(net, r->cent, (measure_t)m, ids, ne, kk);
        for (size_t i = 0; i < kk; i++) {
            top[(size_t)m * n + ids[i]] = 1;
            if (!in[ids[i]]) {
                in[ids[i]] = 1;
                rows[m_rows++] = ids[i];
            }
        }
    }
    /* Order by the report's measure (the caller's list already is). */
    if (r->cent->val[r->by]) cent_rank(net, r->cent, r->by, rows, m_rows);
    free(ids);
    free(in);
    *rows_out = rows;
    *nrows = m_rows;
    *top_out = top;
    return DN_OK;
}

static int actor_table(FILE *fp, const report_t *r, const unsigned char *show)
{
    uint32_t *rows = NULL;
    unsigned char *top = NULL;
    size_t nrows = 0;
    int rc = actor_rows(r, show, &rows, &nrows, &top);
    if (rc) return rc;
    const net_t *net = r->net;
    fprintf(fp, "<p class=\"hint\">The %zu most central actors by each measure "
                "(bold: in that measure's top %zu). Click a column header to "
                "sort, a name to find the actor in the picture.</p>\n",
            r->n ? r->n : (size_t)20, r->n ? r->n : (size_t)20);
    fputs("<div class=\"scroll\"><table class=\"sortable\" id=\"actors-table\">"
          "<thead><tr><th class=\"num\">#</th><th>actor</th><th>kind</th>", fp);
    for (int m = 0; m < M_COUNT; m++) {
        if (!r->cent->val[m]) continue;
        fprintf(fp, "<th class=\"num\"%s title=\"",
                m == (int)r->by ? " aria-sort=\"descending\"" : "");
        esc(fp, measure_help((measure_t)m));
        /* visits_made -> "visits made": headers may wrap. */
        fputs("\">", fp);
        for (const char *p = measure_name((measure_t)m); *p; p++)
            putc(*p == '_' ? ' ' : *p, fp);
        fputs("</th>", fp);
    }
    fputs("</tr></thead>\n<tbody>\n", fp);
    for (size_t i = 0; i < nrows; i++) {
        uint32_t id = rows[i];
        fprintf(fp, "<tr><td class=\"num\">%zu</td><td>", i + 1);
        put_actor(fp, net, id);
        fprintf(fp, "</td><td data-v=\"%s\">", ev_kind_name(net->actors[id].kind));
        put_kind(fp, net->actors[id].kind);
        fputs("</td>", fp);
        for (int m = 0; m < M_COUNT; m++) {
            if (!r->cent->val[m]) continue;
            char full[32], shown[32];
            report_format_value(r, (measure_t)m, id, 1, full);
            report_format_value(r, (measure_t)m, id, 0, shown);
            fprintf(fp, "<td class=\"num%s\" data-v=\"%s\">%s</td>",
                    top[(size_t)m * net->nactors + id] ? " top" : "", full, shown);
        }
        fputs("</tr>\n", fp);
    }
    fputs("</tbody></table></div>\n", fp);
    free(rows);
    free(top);
    return DN_OK;
}

/* qsort has no context argument in C11; the tables are sorted one at a
 * time (dipnet is single-threaded), so a file-level pointer is enough. */
static const net_t *sort_net;

/* Edges by sort_key (their interactions, or their affiliations), most
 * first; ties by actor ids. */
static uint32_t sort_key(const net_edge_t *e);

static int cmp_edge_q(const void *pa, const void *pb)
{
    const net_edge_t *a = &sort_net->edges[*(const uint32_t *)pa];
    const net_edge_t *b = &sort_net->edges[*(const uint32_t *)pb];
    uint32_t x = sort_key(a), y = sort_key(b);
    if (x != y) return x > y ? -1 : 1;
    if (a->a != b->a) return a->a < b->a ? -1 : 1;
    return (a->b > b->b) - (a->b < b->b);
}

static int sort_with_aff;   /* what sort_key counts */
static int sort_affiliations;

static uint32_t sort_key(const net_edge_t *e)
{
    return sort_affiliations
               ? net_edge_count(sort_net, e, EV_REL_AFFILIATION)
               : net_edge_weight(sort_net, e, sort_with_aff);
}

/* The ids of the edges with a sort_key, ranked; *n their number.  Returns
 * NULL when memory runs out (reported) and when there is none. */
static uint32_t *ranked_edges(const net_t *net, int affiliations,
                              int with_aff, size_t *n)
{
    *n = 0;
    uint32_t *ids = malloc((net->nedges ? net->nedges : 1) * sizeof *ids);
    if (!ids) {
        diag_nomem("report ties");
        return NULL;
    }
    sort_net = net;
    sort_affiliations = affiliations;
    sort_with_aff = with_aff;
    for (size_t i = 0; i < net->nedges; i++)
        if (sort_key(&net->edges[i])) ids[(*n)++] = (uint32_t)i;
    qsort(ids, *n, sizeof *ids, cmp_edge_q);
    return ids;
}

/* The years of an edge as a table cell: runs as spans, 1996–1999, 2004. */
static void years_cell(FILE *fp, const net_edge_t *e)
{
    size_t ny;
    const short *y = net_edge_years(e, &ny);
    fprintf(fp, "<td data-v=\"%d\">", ny ? y[0] : 0);
    for (size_t j = 0; j < ny; j++) {
        size_t s = j;
        while (j + 1 < ny && y[j + 1] == y[j] + 1) j++;
        if (j > s) fprintf(fp, "%s%d\u2013%d", s ? ", " : "", y[s], y[j]);
        else fprintf(fp, "%s%d", s ? ", " : "", y[s]);
    }
    fputs("</td>", fp);
}

/* Office holders and their institutions, apart from the interactions:
 * without --with-affiliations they are not diplomacy. */
static int affiliations_table(FILE *fp, const net_t *net)
{
    size_t n;
    uint32_t *ids = ranked_edges(net, 1, 0, &n);
    if (!ids) return DN_ENOMEM;
    if (n) {
        size_t k = n < REPORT_HTML_MAX_TIES ? n : REPORT_HTML_MAX_TIES;
        fprintf(fp, "<h3 id=\"affiliations\">Office-holding</h3>\n<p class="
                    "\"hint\">Affiliations (an office holder and the "
                    "institution) are not counted as interaction: %s%zu "
                    "tie%s, by number of affiliations.</p>\n",
                k < n ? "the first " : "", k, k == 1 ? "" : "s");
        fputs("<div class=\"scroll\"><table class=\"sortable\" "
              "id=\"affiliations-table\"><thead><tr><th>actor</th>"
              "<th>actor</th><th>years</th><th class=\"num\" aria-sort="
              "\"descending\">affiliations</th></tr></thead>\n<tbody>\n",
              fp);
        for (size_t i = 0; i < k; i++) {
            const net_edge_t *e = &net->edges[ids[i]];
            fputs("<tr><td>", fp);
            put_actor(fp, net, e->a);
            fputs("</td><td>", fp);
            put_actor(fp, net, e->b);
            fputs("</td>", fp);
            years_cell(fp, e);
            fprintf(fp, "<td class=\"num\">%u</td></tr>\n",
                    (unsigned)net_edge_count(net, e, EV_REL_AFFILIATION));
        }
        fputs("</tbody></table></div>\n", fp);
    }
    free(ids);
    return DN_OK;
}

static int ties_table(FILE *fp, const net_t *net, int with_aff)
{
    size_t n;
    uint32_t *ids = ranked_edges(net, 0, with_aff, &n);
    if (!ids) return DN_ENOMEM;
    if (!n) {
        free(ids);
        return with_aff ? DN_OK : affiliations_table(fp, net);
    }
    const char *what = with_aff ? "events" : "interactions";
    size_t k = n < REPORT_HTML_MAX_TIES ? n : REPORT_HTML_MAX_TIES;
    if (k < n)
        fprintf(fp, "<p class=\"hint\">The %zu ties with the most %s, of "
                    "%zu.</p>\n", k, what, n);
    else
        fprintf(fp, "<p class=\"hint\">All %zu tie%s, by number of %s."
                    "</p>\n", n, n == 1 ? "" : "s", what);
    fprintf(fp, "<div class=\"scroll\"><table class=\"sortable\" id=\"ties-table\">"
          "<thead><tr><th>actor</th><th>actor</th><th>main relation</th>"
          "<th>events by relation</th><th>years</th>"
          "<th class=\"num\" aria-sort=\"descending\">%s</th></tr></thead>\n"
          "<tbody>\n", what);
    for (size_t i = 0; i < k; i++) {
        const net_edge_t *e = &net->edges[ids[i]];
        ev_relation_t dom = style_dominant_relation(net, e);
        fputs("<tr><td>", fp);
        put_actor(fp, net, e->a);
        fputs("</td><td>", fp);
        put_actor(fp, net, e->b);
        fprintf(fp, "</td><td class=\"nw\" data-v=\"%s\">", ev_relation_name(dom));
        put_rel(fp, dom);
        fputs("</td><td>", fp);
        int first = 1;
        uint32_t ba = net_edge_visits_ba(net, e);
        for (int r = 0; r < EV_REL_COUNT; r++) {
            uint32_t c = net_edge_count(net, e, (ev_relation_t)r);
            if (!c) continue;
            fprintf(fp, "%s%u %s", first ? "" : ", ", (unsigned)c,
                    style_rel_count_name((ev_relation_t)r, c));
            first = 0;
            if (r == EV_REL_VISIT && e->visits_ab && ba) {
                fputs(" (", fp);
                esc(fp, name_of(net, e->a));
                fprintf(fp, " \u2192 %u, ", (unsigned)e->visits_ab);
                esc(fp, name_of(net, e->b));
                fprintf(fp, " \u2192 %u)", (unsigned)ba);
            } else if (r == EV_REL_VISIT) {
                fputs(" (by ", fp);
                esc(fp, name_of(net, e->visits_ab ? e->a : e->b));
                fputs(")", fp);
            }
        }
        fputs("</td>", fp);
        years_cell(fp, e);
        fprintf(fp, "<td class=\"num\">%u</td></tr>\n",
                (unsigned)net_edge_weight(net, e, with_aff));
    }
    fputs("</tbody></table></div>\n", fp);
    free(ids);
    return with_aff ? DN_OK : affiliations_table(fp, net);
}

static int cmp_event(const void *pa, const void *pb)
{
    const net_event_t *a = &sort_net->events[*(const uint32_t *)pa];
    const net_event_t *b = &sort_net->events[*(const uint32_t *)pb];
    long da = ev_date_first_day(a->start), db = ev_date_first_day(b->start);
    if (!da) da = 99999999;  /* undated last */
    if (!db) db = 99999999;
    if (da != db) return da < db ? -1 : 1;
    int c = strcmp(net_event_doc(sort_net, a),
                   net_event_doc(sort_net, b));
    if (c) return c;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    uint32_t x = *(const uint32_t *)pa, y = *(const uint32_t *)pb;
    return (x > y) - (x < y);
}

static int events_table(FILE *fp, const net_t *net)
{
    size_t n = net->nevents;
    if (!n) {
        fputs("<p class=\"note\">No evidence was kept for this report.</p>\n", fp);
        return DN_OK;
    }
    uint32_t *ids = malloc(n * sizeof *ids);
    if (!ids) return diag_nomem("report events");
    for (size_t i = 0; i < n; i++) ids[i] = (uint32_t)i;
    sort_net = net;
    qsort(ids, n, sizeof *ids, cmp_event);
    size_t k = n < REPORT_HTML_MAX_EVENTS ? n : REPORT_HTML_MAX_EVENTS;
    if (k < n)
        fprintf(fp, "<p class=\"hint\">The first %zu of %zu kept events, by "
                    "date.</p>\n", k, n);
    else
        fprintf(fp, "<p class=\"hint\">%zu event%s with the sentence each was "
                    "found in, by date.</p>\n", n, n == 1 ? "" : "s");
    fputs("<div class=\"scroll\"><table class=\"sortable\" id=\"events-table\">"
          "<thead><tr><th aria-sort=\"ascending\">date</th><th>source</th>"
          "<th>relation</th><th>target</th><th>place</th><th>evidence</th>"
          "</tr></thead>\n<tbody>\n", fp);
    for (size_t i = 0; i < k; i++) {
        const net_event_t *ev = &net->events[ids[i]];
        char d1[11], d2[11];
        ev_date_format(ev->start, d1);
        ev_date_format(ev->end, d2);
        long key = ev_date_first_day(ev->start);
        fprintf(fp, "<tr><td class=\"nw\" data-v=\"%ld\">%s%s%s</td><td>",
                key ? key : 99999999L, d1[0] ? d1 : "undated",
                d2[0] ? "\u2013" : "", d2);
        put_actor(fp, net, ev->source);
        fputs("</td><td class=\"nw\">", fp);
        put_rel(fp, ev->relation);
        fputs("</td><td>", fp);
        put_actor(fp, net, ev->target);
        fputs("</td><td>", fp);
        esc(fp, net_event_place(net, ev));
        fputs("</td><td class=\"ev\">", fp);
        const char *doc = net_event_doc(net, ev);
        if (doc[0]) {
            fputs("<span class=\"src\">", fp);
            esc(fp, doc);
            if (ev->line > 0) fprintf(fp, ":%ld", ev->line);
            fputs("</span> ", fp);
        }
        esc(fp, net_event_evidence(net, ev));
        fputs("</td></tr>\n", fp);
    }
    fputs("</tbody></table></div>\n", fp);
    free(ids);
    return DN_OK;
}

int report_html_write(FILE *fp, const report_t *r, const unsigned char *show,
                      const char *svg)
{
    const net_t *net = r->net;
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"dipnet\">\n<title>dipnet", fp);
    if (r->title && r->title[0]) {
        fputs(": ", fp);
        esc(fp, r->title);
    }
    fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", page_css);
    fputs("<header><div class=\"in\"><h1>Diplomatic network", fp);
    if (r->title && r->title[0]) {
        fputs(": ", fp);
        esc(fp, r->title);
    }
    fputs("</h1><p>Who is at the centre: actors, their ties and the evidence "
          "behind them.</p><nav><a href=\"#summary\">Summary</a>", fp);
    if (svg) fputs("<a href=\"#picture\">Picture</a>", fp);
    fputs("<a href=\"#actors\">Actors</a><a href=\"#ties\">Ties</a>"
          "<a href=\"#events\">Events</a><a href=\"#measures\">Measures</a>"
          "</nav></div></header>\n<main>\n", fp);

    fputs("<section id=\"summary\"><h2>Summary</h2>\n", fp);
    int rc = summary(fp, r);
    fputs("</section>\n", fp);

    const char *start = svg ? strstr(svg, "<svg") : NULL;
    if (!rc && start) {
        fputs("<section id=\"picture\"><h2>Picture</h2>\n<p class=\"hint\">"
              "Scroll to zoom, drag to move, find an actor by name. Hover "
              "over a tie or an actor for its dates and evidence; click an "
              "actor to highlight its ties, click the background to show all. "
              "Smaller actors are named as you zoom in.</p>\n"
              "<div class=\"tools\"><input type=\"search\" id=\"find\" "
              "list=\"actor-names\" placeholder=\"Find an actor\" "
              "aria-label=\"Find an actor in the picture\" autocomplete="
              "\"off\"><datalist id=\"actor-names\"></datalist>"
              "<button class=\"zoom\" id=\"zoom-in\" type=\"button\" "
              "title=\"Zoom in (+)\">+</button><button class=\"zoom\" "
              "id=\"zoom-out\" type=\"button\" title=\"Zoom out (-)\">"
              "\u2212</button><button class=\"zoom\" id=\"zoom-fit\" "
              "type=\"button\" title=\"The whole picture (0)\">Fit</button>"
              "<button class=\"zoom\" id=\"zoom\" type=\"button\" title="
              "\"Names at their size, centred on the selected actor (1)\">"
              "Actual size</button></div>\n<div class=\"picture\">\n", fp);
        fputs(start, fp);
        fputs("</div>\n<div class=\"info\" id=\"info\" aria-live=\"polite\">"
              "Details of the tie or actor under the pointer appear here."
              "</div>\n</section>\n", fp);
    }
    if (!rc) {
        fputs("<section id=\"actors\"><h2>Most central actors</h2>\n", fp);
        rc = actor_table(fp, r, show);
        fputs("</section>\n", fp);
    }
    if (!rc) {
        fputs("<section id=\"ties\"><h2>Strongest ties</h2>\n", fp);
        rc = ties_table(fp, net, r->with_affiliations);
        fputs("</section>\n", fp);
    }
    if (!rc) {
        fputs("<section id=\"events\"><h2>Events and evidence</h2>\n", fp);
        rc = events_table(fp, net);
        fputs("</section>\n", fp);
    }
    if (!rc) {
        fputs("<section id=\"measures\"><h2>What the measures mean</h2>\n"
              "<dl class=\"measures\">\n", fp);
        for (int m = 0; m < M_COUNT; m++) {
            if (!r->cent->val[m]) continue;
            fprintf(fp, "<dt>%s</dt><dd>", measure_name((measure_t)m));
            esc(fp, measure_help((measure_t)m));
            fputs("</dd>\n", fp);
        }
        fputs("</dl>\n", fp);
        char note[REPORT_NOTE_MAX];
        if (*report_betweenness_note(r, note)) {
            fputs("<p class=\"note\">", fp);
            esc(fp, note);
            fputs(".</p>\n", fp);
        }
        fputs("<p class=\"note\">Ties count events between two actors; "
              "affiliations (an office holder and the institution) draw the "
              "picture but do not count as interaction unless asked for.</p>\n"
              "</section>\n", fp);
    }
    fprintf(fp, "<footer>Made by dipnet from %zu event%s read.</footer>\n"
                "</main>\n<script>\n%s</script>\n</body>\n</html>\n",
            net->nread, net->nread == 1 ? "" : "s", page_js);
    if (rc) return rc;
    return ferror(fp) ? DN_EIO : DN_OK;
}

int report_html_write_with_picture(FILE *fp, const report_t *r,
                                   const unsigned char *show,
                                   const unsigned char *picture,
                                   const char *layout, int with_affiliations)
{
    dot_opts_t d;
    dot_opts_init(&d);
    d.size_by = r->by;
    d.with_affiliations = with_affiliations;
    d.ego = r->has_ego ? (long)r->ego : -1;
    Agraph_t *g = NULL;
    char *svg = NULL;
    size_t len = 0;
    int rc = dot_build(r->net, r->cent, picture, &d, &g);
    if (!rc) rc = render_data(g, layout, "svg", &svg, &len);
    if (g) agclose(g);
    if (!rc) rc = report_html_write(fp, r, show, svg);
    free(svg);
    return rc;
}

int report_write_html(FILE *fp, const report_t *r)
{
    return report_html_write_with_picture(fp, r, r->show, r->picture,
                                          r->layout, r->with_affiliations);
}
