/* probe_zoom.js: appended to the report of many actors by check.sh; checks
 * the picture's labels, search, zoom, pan, hover and "actual size", and
 * writes "NAME-ok"/"NAME-bad" words into body[data-probe]. */
(function () {
  var r = [];
  function ok(name, cond) { r.push(name + '-' + (cond ? 'ok' : 'bad')); }
  try {
    var pic = document.querySelector('.picture'), svg = pic.querySelector('svg');
    var info = document.getElementById('info');
    var find = document.getElementById('find');
    function vb() { return svg.getAttribute('viewBox').split(' ').map(Number); }
    function scale() { return parseFloat(pic.getAttribute('data-scale')); }
    function visible(t) { return getComputedStyle(t).display !== 'none'; }
    function shown() {
      return [].filter.call(svg.querySelectorAll('g.node text'), visible);
    }
    function px(t) {  /* the label's font size on screen */
      return parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a;
    }
    function centre(el) {
      var b = el.getBoundingClientRect();
      return [b.left + b.width / 2, b.top + b.height / 2];
    }
    function centred(g) {
      var a = centre(g.querySelector('polygon,ellipse,path')), b = centre(svg);
      return Math.abs(a[0] - b[0]) < 2 && Math.abs(a[1] - b[1]) < 2;
    }
    function overlaps(list) {
      var bs = list.map(function (t) { return t.getBoundingClientRect(); });
      for (var i = 0; i < bs.length; i++)
        for (var j = i + 1; j < bs.length; j++) {
          var a = bs[i], b = bs[j];
          if (a.left + 2 < b.right && b.left + 2 < a.right &&
              a.top + 2 < b.bottom && b.top + 2 < a.bottom) return true;
        }
      return false;
    }
    var all = svg.querySelectorAll('g.node text').length;
    var fit0 = vb(), vis0 = shown();
    r.push('nodes-' + all + ' labels-' + vis0.length);
    ok('labels-some-hidden', vis0.length > 0 && vis0.length < all);
    ok('labels-readable', vis0.every(function (t) { return px(t) >= 10.9; }));
    ok('labels-apart', !overlaps(vis0));
    /* The biggest actor is named at the fitted size. */
    var hub = document.querySelector('g.node.kind-state text');
    ok('labels-hub', visible(hub));

    /* Hover: a tie's evidence in the info box; a hidden name shows. */
    var edge = svg.querySelector('g.edge');
    edge.dispatchEvent(new MouseEvent('mouseenter'));
    ok('hover-tie', info.textContent === edge.getAttribute('data-tip') &&
       /\u201e/.test(info.textContent));
    var hidden = svg.querySelector('g.node.nolabel');
    hidden.dispatchEvent(new MouseEvent('mouseenter'));
    ok('hover-name', visible(hidden.querySelector('text')) &&
       px(hidden.querySelector('text')) >= 10.9);
    hidden.dispatchEvent(new MouseEvent('mouseleave'));
    ok('hover-leave', !visible(hidden.querySelector('text')));

    /* Search, case and accents ignored: selects and centres the actor. */
    var target = svg.querySelector('g.node.nolabel');
    var name = target.querySelector('text').textContent;
    find.value = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
                     .toUpperCase();
    find.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
    ok('search-select', target.classList.contains('sel') &&
       svg.classList.contains('focus'));
    ok('search-centre', centred(target));
    ok('search-name', visible(target.querySelector('text')));
    find.value = 'no such actor xyz';
    find.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
    ok('search-none', /No actor/.test(info.textContent));

    /* Actual size: names at their own size, centred on the selection. */
    document.getElementById('zoom').click();
    ok('actual-scale', Math.abs(scale() - 1) < 0.001);
    ok('actual-centre', centred(target));

    /* Fit, then the wheel zooms in around the pointer: more names. */
    document.getElementById('zoom-fit').click();
    ok('fit', vb().join() === fit0.join());
    var c = centre(svg), s0 = scale();
    svg.dispatchEvent(new WheelEvent('wheel', {deltaY: -700, clientX: c[0],
      clientY: c[1], bubbles: true, cancelable: true}));
    ok('wheel-zoom', scale() > s0 * 3 && vb()[2] < fit0[2] / 3);
    var vis1 = shown();
    ok('zoom-more-names', vis1.length > vis0.length);
    ok('zoom-apart', !overlaps(vis1));

    /* Drag pans; the click that ends a drag does not change the selection. */
    var v0 = vb(), s1 = scale() / 0.75;  /* CSS px per viewBox unit, ga = 1 */
    function ptr(type, x, y) {
      svg.dispatchEvent(new PointerEvent(type, {clientX: x, clientY: y,
        button: 0, pointerId: 1, bubbles: true}));
    }
    ptr('pointerdown', c[0], c[1]);
    ptr('pointermove', c[0] + 60, c[1] + 30);
    ptr('pointermove', c[0] + 120, c[1] + 60);
    ptr('pointerup', c[0] + 120, c[1] + 60);
    svg.dispatchEvent(new MouseEvent('click', {bubbles: true}));
    var v1 = vb();
    ok('drag-pan', Math.abs(v0[0] - v1[0] - 120 / s1) < 0.5 &&
       Math.abs(v0[1] - v1[1] - 60 / s1) < 0.5);
    ok('drag-keeps-selection', target.classList.contains('sel'));

    /* Keys: + zooms in, 0 fits. */
    var s2 = scale();
    pic.dispatchEvent(new KeyboardEvent('keydown', {key: '+', bubbles: true}));
    ok('key-zoom', scale() > s2 * 1.4);
    pic.dispatchEvent(new KeyboardEvent('keydown', {key: '0', bubbles: true}));
    ok('key-fit', vb().join() === fit0.join());

    /* A click on the background shows all again. */
    svg.dispatchEvent(new MouseEvent('click', {bubbles: true}));
    ok('clear', !svg.classList.contains('focus'));
  } catch (e) {
    r.push('error-bad:' + String(e).replace(/"/g, "'"));
  }
  document.body.setAttribute('data-probe', r.join(' '));
})();
