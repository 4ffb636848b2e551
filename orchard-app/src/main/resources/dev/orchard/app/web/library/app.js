// Orchard's photo library page: plain JavaScript, no framework, nothing loaded from the internet.
// Every name from the library goes into the page through textContent, never as HTML.
(function () {
  'use strict';
  var meta = function (n) { var m = document.querySelector('meta[name="' + n + '"]'); return m ? m.getAttribute('content') : ''; };
  var BASE = meta('orchard-base');
  // With several Apple IDs, ?account=ID picks whose library the page shows (default: the first).
  var ACCOUNT = new URLSearchParams(location.search).get('account');
  var API = BASE + '/api/photos/' + (ACCOUNT ? 'accounts/' + encodeURIComponent(ACCOUNT) + '/' : '');
  var CSRF = meta('orchard-csrf');
  if (meta('orchard-daemon') !== 'true') document.body.classList.add('no-daemon');
  var $ = function (id) { return document.getElementById(id); };
  var el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  };

  function api(path, options) {
    return fetch(API + path, Object.assign({credentials: 'same-origin', cache: 'no-store'}, options || {})).then(function (r) {
      return r.json().catch(function () { return {error: 'HTTP ' + r.status}; }).then(function (body) {
        if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
        return body;
      });
    });
  }
  function post(path, body) {
    return api(path, {method: 'POST', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': CSRF}, body: JSON.stringify(body)});
  }
  function showMessage(text) { var m = $('message'); m.textContent = text || ''; m.hidden = !text; }

  // ---- state --------------------------------------------------------------------------------------------------
  var state = {view: 'all', album: null, filters: {}, months: [], albums: [], albumsById: {}};
  function query(extra) {
    var q = new URLSearchParams();
    if (state.view !== 'all') q.set('view', state.view);
    if (state.album) q.set('album', state.album);
    Object.keys(state.filters).forEach(function (k) { if (state.filters[k]) q.set(k, state.filters[k]); });
    Object.keys(extra || {}).forEach(function (k) { if (extra[k]) q.set(k, extra[k]); });
    return q.toString();
  }
  function monthLabel(key) {
    var p = key.split('-');
    return new Date(Date.UTC(+p[0], +p[1] - 1, 1)).toLocaleDateString(undefined, {year: 'numeric', month: 'long', timeZone: 'UTC'});
  }

  // ---- the virtual grid -----------------------------------------------------------------------------------------
  var scroller = $('scroller'), canvas = $('canvas'), scrubber = $('scrubber');
  var layout = {cols: 4, cell: 100, sections: [], height: 0};
  var rendered = new Map();
  var generation = 0;
  var HEADER = 44;

  function computeLayout() {
    var width = scroller.clientWidth - 40; // room for the scrubber
    var target = width < 500 ? 88 : 130;
    var cols = Math.max(3, Math.floor(width / target));
    var cell = Math.floor(width / cols);
    var top = 0;
    var sections = state.months.map(function (m) {
      var rows = Math.ceil(m.count / cols);
      var s = {month: m.month, count: m.count, top: top, rows: rows, data: m};
      top += HEADER + rows * cell;
      return s;
    });
    layout = {cols: cols, cell: cell, sections: sections, height: top + 40};
    canvas.style.height = layout.height + 'px';
    rendered.forEach(function (n) { n.remove(); });
    rendered.clear();
    drawScrubber();
    render();
  }

  function loadMonth(m) {
    if (m.items || m.loading) return m.loading;
    var gen = generation;
    var items = [];
    function page(cursor) {
      return api('timeline?' + query({month: m.month, limit: 500, cursor: cursor})).then(function (p) {
        if (gen !== generation) return;
        items = items.concat(p.items);
        if (p.next) return page(p.next);
        m.items = items;
        m.count = items.length;
      });
    }
    m.loading = page(null).then(function () { if (gen === generation) render(); })
      .catch(function (e) { m.loading = null; showMessage(e.message); });
    return m.loading;
  }

  function render() {
    var top = scroller.scrollTop, h = scroller.clientHeight;
    var lo = top - h, hi = top + 2 * h;
    var wanted = new Set();
    layout.sections.forEach(function (s) {
      var bottom = s.top + HEADER + s.rows * layout.cell;
      if (bottom < lo || s.top > hi) return;
      if (!s.data.items) loadMonth(s.data);
      var hk = 'h' + s.month;
      wanted.add(hk);
      if (!rendered.has(hk)) {
        var head = el('div', 'month', monthLabel(s.month));
        head.id = 'month-' + s.month;
        head.setAttribute('data-month', s.month);
        head.style.top = s.top + 'px';
        canvas.appendChild(head);
        rendered.set(hk, head);
      }
      var first = Math.max(0, Math.floor((lo - s.top - HEADER) / layout.cell));
      var last = Math.min(s.rows - 1, Math.floor((hi - s.top - HEADER) / layout.cell));
      for (var r = first; r <= last; r++) {
        var key = 'r' + s.month + ':' + r + (s.data.items ? '' : ':e');
        wanted.add(key);
        if (!rendered.has(key)) {
          var row = drawRow(s, r);
          canvas.appendChild(row);
          rendered.set(key, row);
        }
      }
    });
    rendered.forEach(function (node, key) { if (!wanted.has(key)) { node.remove(); rendered.delete(key); } });
  }

  function thumbCell(item) {
    var cell = el('a', 'cell');
    cell.href = '#';
    cell.setAttribute('data-id', item.id);
    cell.setAttribute('data-kind', item.kind);
    cell.title = item.name || '';
    var img = el('img');
    img.loading = 'lazy';
    img.alt = item.name || '';
    img.src = API + item.thumbnail;
    cell.appendChild(img);
    if (item.kind === 'video') cell.appendChild(el('span', 'badge', '▶'));
    return cell;
  }
  function drawRow(s, r) {
    var row = el('div', 'row');
    row.style.top = (s.top + HEADER + r * layout.cell) + 'px';
    row.style.height = layout.cell + 'px';
    for (var c = 0; c < layout.cols; c++) {
      var i = r * layout.cols + c;
      if (i >= s.count) break;
      var item = s.data.items && s.data.items[i];
      var cell = item ? thumbCell(item) : el('div', 'cell empty');
      cell.style.width = layout.cell + 'px';
      cell.style.height = layout.cell + 'px';
      if (item) {
        if (!firstPainted) cell.firstChild.addEventListener('load', markFirstPaint);
        if (item.kind === 'live') cell.appendChild(el('span', 'badge', 'LIVE'));
        if (item.favorite) cell.appendChild(el('span', 'fav', '♥'));
        if (item.archived) cell.classList.add('archived');
        cell.addEventListener('click', openFromGrid.bind(null, s.data, i));
      }
      row.appendChild(cell);
    }
    return row;
  }

  // For bench/web: when the first thumbnails of the timeline are on screen.
  var firstPainted = false;
  function markFirstPaint() {
    if (firstPainted) return;
    firstPainted = true;
    if (window.performance && performance.mark) performance.mark('orchard-first-thumbnail');
  }

  var ticking = false;
  scroller.addEventListener('scroll', function () {
    if (ticking) return;
    ticking = true;
    requestAnimationFrame(function () { ticking = false; render(); });
  }, {passive: true});
  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      var at = sectionAt(scroller.scrollTop);
      computeLayout();
      if (at) scroller.scrollTop = at.top;
    }, 100);
  });
  function sectionAt(y) {
    var found = null;
    layout.sections.forEach(function (s) { if (s.top <= y) found = s; });
    return found;
  }

  function drawScrubber() {
    scrubber.textContent = '';
    if (!layout.height) return;
    var H = scroller.clientHeight, seenYears = {};
    var lastY = -100;
    layout.sections.forEach(function (s) {
      var y = Math.floor(s.top / layout.height * (H - 16));
      var tick = el('div', 'tick');
      tick.style.top = y + 'px';
      tick.title = monthLabel(s.month);
      tick.setAttribute('data-month', s.month);
      tick.addEventListener('click', function () { jumpTo(s.month); });
      scrubber.appendChild(tick);
      var year = s.month.slice(0, 4);
      if (!seenYears[year]) {
        seenYears[year] = true;
        if (y - lastY >= 14) {
          var label = el('div', 'year', year);
          label.style.top = y + 'px';
          label.setAttribute('data-year', year);
          label.setAttribute('data-month', s.month);
          label.addEventListener('click', function () { jumpTo(s.month); });
          scrubber.appendChild(label);
          lastY = y;
        }
      }
    });
  }

  function jumpTo(month) {
    var s = layout.sections.find(function (x) { return x.month === month; });
    if (s) { scroller.scrollTop = s.top; render(); }
  }

  function showGrid(title) {
    $('albums-view').hidden = true;
    $('grid-wrap').hidden = false;
    $('toolbar').hidden = false;
    $('title').textContent = title;
    generation++;
    showMessage('');
    api('months?' + query()).then(function (r) {
      state.months = r.months.map(function (m) { return {month: m.month, count: m.count}; });
      var total = state.months.reduce(function (a, m) { return a + m.count; }, 0);
      $('count').textContent = total.toLocaleString() + (total === 1 ? ' item' : ' items');
      if (!total) showMessage('Nothing here yet.');
      scroller.scrollTop = 0;
      computeLayout();
    }).catch(function (e) { state.months = []; computeLayout(); showMessage(e.message); });
  }

  // ---- albums ---------------------------------------------------------------------------------------------------
  function loadAlbums() {
    return api('albums').then(function (r) {
      state.albums = r.albums;
      state.albumsById = {};
      r.albums.forEach(function (a) { state.albumsById[a.id] = a; });
      drawTree();
      fillArchiveAlbums();
    }).catch(function (e) { showMessage(e.message); });
  }
  function children(parent) {
    return state.albums.filter(function (a) { return (a.parent || null) === parent; });
  }
  function drawTree() {
    var ul = $('album-tree');
    ul.textContent = '';
    (function walk(parent, depth) {
      children(parent).forEach(function (a) {
        var li = el('li'), link = el('a', a.frozen ? 'frozen' : '');
        link.href = a.folder ? '#albums/' + a.id : '#album/' + a.id;
        link.setAttribute('data-album', a.id);
        link.style.paddingLeft = (1 + depth) + 'em';
        link.appendChild(document.createTextNode((a.folder ? '▸ ' : '') + a.name));
        link.appendChild(el('span', 'count', String(a.count)));
        li.appendChild(link);
        ul.appendChild(li);
        if (a.folder) walk(a.id, depth + 1);
      });
    })(null, 0);
  }
  function showAlbums(folderId) {
    $('grid-wrap').hidden = true;
    var v = $('albums-view');
    v.hidden = false;
    v.textContent = '';
    var folder = folderId ? state.albumsById[folderId] : null;
    $('title').textContent = folder ? folder.path : 'Albums';
    $('count').textContent = '';
    if (folder) {
      var all = el('p');
      var link = el('a', null, 'All ' + folder.count + ' items in this folder');
      link.href = '#album/' + folder.id;
      all.appendChild(link);
      v.appendChild(all);
    }
    var grid = el('div', 'albums');
    children(folderId || null).forEach(function (a) {
      var card = el('a', 'album-card' + (a.frozen ? ' frozen' : ''));
      card.href = a.folder ? '#albums/' + a.id : '#album/' + a.id;
      card.setAttribute('data-album', a.id);
      if (a.cover) { var img = el('img'); img.loading = 'lazy'; img.alt = ''; img.src = API + a.cover; card.appendChild(img); }
      else card.appendChild(el('div', 'folder-icon', a.folder ? '📁' : '▢'));
      card.appendChild(el('span', 'name', a.name));
      card.appendChild(el('span', 'count', a.count + (a.folder ? ' items in its albums' : ' items') + (a.frozen ? ' · archived' : '')));
      grid.appendChild(card);
    });
    if (!grid.children.length) v.appendChild(el('p', 'note', 'No albums.'));
    v.appendChild(grid);
  }

  // ---- Shared Albums (kept under Shared Albums/, read through their own API) -----------------------------------
  function sharedView(title) {
    $('grid-wrap').hidden = true;
    $('toolbar').hidden = false;
    var v = $('albums-view');
    v.hidden = false;
    v.textContent = '';
    $('title').textContent = title;
    $('count').textContent = '';
    showMessage('');
    return v;
  }
  function showSharedAlbums() {
    var v = sharedView('Shared Albums');
    api('shared/albums').then(function (r) {
      var grid = el('div', 'albums');
      r.albums.forEach(function (a) {
        var card = el('a', 'album-card shared-album');
        card.href = '#shared/' + a.id;
        card.setAttribute('data-shared-album', a.id);
        if (a.cover) { var img = el('img'); img.loading = 'lazy'; img.alt = ''; img.src = API + a.cover; card.appendChild(img); }
        else card.appendChild(el('div', 'folder-icon', '▢'));
        card.appendChild(el('span', 'name', a.name));
        card.appendChild(el('span', 'count', a.count + (a.count === 1 ? ' item' : ' items')));
        grid.appendChild(card);
      });
      if (!r.albums.length) v.appendChild(el('p', 'note', 'No shared albums are kept in this library.'));
      v.appendChild(grid);
    }).catch(function (e) { showMessage(e.message); });
  }
  function showSharedAlbum(id) {
    var v = sharedView('Shared album');
    api('shared/albums/' + encodeURIComponent(id)).then(function (a) {
      $('title').textContent = a.name;
      $('count').textContent = a.items.length.toLocaleString() + (a.items.length === 1 ? ' item' : ' items');
      var list = {shared: true, items: a.items};
      var grid = el('div', 'shared-grid');
      a.items.forEach(function (item, i) {
        var cell = thumbCell(item);
        cell.addEventListener('click', openFromGrid.bind(null, list, i));
        grid.appendChild(cell);
      });
      if (!a.items.length) v.appendChild(el('p', 'note', 'This shared album is empty.'));
      v.appendChild(grid);
    }).catch(function (e) { showMessage(e.message); });
  }

  // ---- the viewer -----------------------------------------------------------------------------------------------
  var viewer = $('viewer'), stage = $('stage');
  var current = null; // {month, index}
  function openFromGrid(month, index, ev) {
    if (ev) ev.preventDefault();
    current = {month: month, index: index};
    viewer.hidden = false;
    showCurrent();
  }
  function closeViewer() {
    viewer.hidden = true;
    stage.textContent = '';
    current = null;
  }
  function monthIndex(m) { return state.months.indexOf(m); }
  function step(dir) {
    if (!current) return;
    var m = current.month, i = current.index + dir;
    if (i >= 0 && i < m.items.length) { current.index = i; showCurrent(); return; }
    if (m.shared) return;
    var mi = monthIndex(m) + dir;
    if (mi < 0 || mi >= state.months.length) return;
    var next = state.months[mi];
    Promise.resolve(loadMonth(next)).then(function () {
      if (!next.items || !next.items.length) return;
      current = {month: next, index: dir > 0 ? 0 : next.items.length - 1};
      showCurrent();
    });
  }
  function showCurrent() {
    var item = current.month.items[current.index];
    var token = ++showToken;
    stage.textContent = '';
    $('viewer-title').textContent = item.name || '';
    $('live-badge').hidden = true;
    viewer.setAttribute('data-id', item.id);
    api((current.month.shared ? 'shared/items/' : 'assets/') + item.id).then(function (d) {
      if (token !== showToken) return;
      drawAsset(d);
      drawInfo(d);
    }).catch(function (e) { stage.appendChild(el('p', null, e.message)); });
  }
  var showToken = 0;
  function drawAsset(d) {
    stage.textContent = '';
    var dl = $('viewer-download');
    dl.hidden = !d.original;
    if (d.original) dl.href = API + d.original + '&download=1';
    if (d.kind === 'video' && d.original) {
      var v = el('video');
      v.id = 'viewer-video';
      v.controls = true;
      v.preload = 'metadata';
      v.poster = API + d.preview;
      v.src = API + d.original;
      stage.appendChild(v);
      return;
    }
    var img = el('img');
    img.id = 'viewer-image';
    img.alt = d.name || '';
    img.src = API + d.preview;
    stage.appendChild(img);
    if (d.live) {
      var badge = $('live-badge');
      badge.hidden = false;
      var motion = el('video', 'motion');
      motion.id = 'viewer-live';
      motion.muted = true;
      motion.playsInline = true;
      motion.preload = 'auto';
      motion.hidden = true;
      motion.src = API + d.live;
      stage.appendChild(motion);
      var play = function () { motion.hidden = false; motion.currentTime = 0; var p = motion.play(); if (p) p.catch(function () {}); };
      var stop = function () { motion.pause(); motion.hidden = true; };
      motion.addEventListener('ended', stop);
      [img, badge].forEach(function (t) {
        t.addEventListener('pointerdown', play);
        t.addEventListener('mouseenter', play);
        t.addEventListener('pointerup', stop);
        t.addEventListener('mouseleave', stop);
      });
    }
  }
  function size(n) {
    if (n < 1024) return n + ' B';
    var u = ['KB', 'MB', 'GB'], i = -1;
    do { n /= 1024; i++; } while (n >= 1024 && i < 2);
    return n.toFixed(n < 10 ? 1 : 0) + ' ' + u[i];
  }
  function drawInfo(d) {
    var dl = $('viewer-info');
    dl.textContent = '';
    var add = function (k, v) { if (v === undefined || v === null || v === '') return null; dl.appendChild(el('dt', null, k)); var dd = el('dd', null, v); dl.appendChild(dd); return dd; };
    if (d.taken) add('Taken', new Date(d.taken).toLocaleString());
    add('File name', d.name);
    add('Kind', {photo: 'Photo', video: 'Video', live: 'Live Photo'}[d.kind]);
    if (d.width) add('Dimensions', d.width + ' × ' + d.height);
    var original = d.files.find(function (f) { return f.role === 'ORIGINAL'; });
    if (original) add('Size', size(original.size));
    if (d.shared) {
      add('Caption', d.caption);
      add('Contributor', d.contributor);
      var sa = add('Shared album', ' ');
      sa.textContent = '';
      var back = el('a', null, d.sharedAlbum.name);
      back.href = '#shared/' + d.sharedAlbum.id;
      back.addEventListener('click', closeViewer);
      sa.appendChild(back);
    } else {
      add('Favourite', d.favorite ? 'Yes ♥' : 'No');
      var where = d.inICloud ? 'In iCloud and here' : 'Only here (left iCloud)';
      if (d.archivedAt) where += ' · archived ' + new Date(d.archivedAt).toLocaleDateString();
      add('Where', where);
    }
    if (d.albums.length) {
      var dd = add('Albums', ' ');
      dd.textContent = '';
      d.albums.forEach(function (a, i) {
        if (i) dd.appendChild(document.createTextNode(', '));
        var link = el('a', null, a.path || a.name);
        link.href = '#album/' + a.id;
        link.addEventListener('click', closeViewer);
        dd.appendChild(link);
      });
    }
    d.files.forEach(function (f) {
      var label = {ORIGINAL: 'Original', LIVE_VIDEO: 'Live Photo video', EDITED: 'Edit', EDITED_VIDEO: 'Edited video', ALTERNATIVE: 'RAW / alternative'}[f.role] || f.role;
      var status = f.state === 'PRESENT' || f.state === 'KEPT'
        ? (f.verified ? 'verified against iCloud\'s checksum' + (f.verifiedAt ? ' on ' + new Date(f.verifiedAt).toLocaleString() : '')
          : 'size checked only') : 'not downloaded yet';
      var x = add(label, (f.onDisk || f.path || '') + ' — ' + size(f.size) + ', ' + status);
      if (x) x.className = f.verified ? 'verified' : '';
    });
  }
  $('viewer-close').addEventListener('click', closeViewer);
  $('viewer-prev').addEventListener('click', function () { step(-1); });
  $('viewer-next').addEventListener('click', function () { step(1); });
  $('viewer-info-toggle').addEventListener('click', function () { viewer.classList.toggle('info-open'); });
  document.addEventListener('keydown', function (e) {
    if (viewer.hidden || e.target.tagName === 'INPUT') return;
    if (e.key === 'ArrowRight') step(1);
    else if (e.key === 'ArrowLeft') step(-1);
    else if (e.key === 'Escape') closeViewer();
    else if (e.key === 'i') viewer.classList.toggle('info-open');
  });
  var touchX = null;
  stage.addEventListener('touchstart', function (e) { touchX = e.changedTouches[0].clientX; }, {passive: true});
  stage.addEventListener('touchend', function (e) {
    if (touchX === null) return;
    var dx = e.changedTouches[0].clientX - touchX;
    touchX = null;
    if (Math.abs(dx) > 50) step(dx < 0 ? 1 : -1);
  }, {passive: true});

  // ---- archive --------------------------------------------------------------------------------------------------
  var panel = $('archive-panel'), lastRequest = null;
  function fillArchiveAlbums() {
    var sel = $('archive-album');
    while (sel.options.length > 1) sel.remove(1);
    state.albums.forEach(function (a) {
      var o = el('option', null, (a.folder ? 'Folder: ' : '') + a.path + ' (' + a.count + ')' + (a.frozen ? ' — archived' : ''));
      o.value = a.id;
      sel.appendChild(o);
    });
  }
  function openArchive(albumId) {
    panel.hidden = false;
    $('archive-result').textContent = '';
    $('archive-progress').hidden = true;
    $('archive-confirm').disabled = true;
    if (albumId) $('archive-album').value = albumId;
    api('archive').then(function (a) {
      var u = $('archive-unavailable');
      u.hidden = a.available;
      u.textContent = a.available ? '' : a.reason;
      $('archive-preview').disabled = !a.available;
    });
  }
  function archiveRequest() {
    var album = $('archive-album').value;
    return {albums: album ? [album] : [], olderThan: $('archive-older').value, keepInICloud: $('archive-keep').checked};
  }
  function table(rows) {
    var t = el('table');
    rows.forEach(function (r) { var tr = el('tr'); tr.appendChild(el('td', null, r[0])); tr.appendChild(el('td', null, r[1])); t.appendChild(tr); });
    return t;
  }
  $('archive-form').addEventListener('submit', function (e) {
    e.preventDefault();
    lastRequest = archiveRequest();
    var out = $('archive-result');
    out.textContent = 'Working out what would happen…';
    post('archive/preview', lastRequest).then(function (p) {
      out.textContent = '';
      out.appendChild(table([
        ['Kept here', p.keptLocally.toLocaleString() + ' items'],
        ['Leaving iCloud (to Recently Deleted)', p.leavingICloud.toLocaleString() + ' items'],
        ['Favourites kept in iCloud', p.favouritesKept.toLocaleString()],
        ['Skipped', p.skipped.length.toLocaleString()],
        ['Freed in iCloud', size(p.bytesFreed)]]));
      if (p.skipped.length) {
        var ul = el('ul');
        p.skipped.slice(0, 50).forEach(function (s) { ul.appendChild(el('li', null, (s.name || s.assetId) + ': ' + s.reason)); });
        out.appendChild(ul);
      }
      $('archive-confirm').disabled = false;
    }).catch(function (err) { out.textContent = err.message; });
  });
  $('archive-confirm').addEventListener('click', function () {
    $('archive-confirm').disabled = true;
    var out = $('archive-result'), bar = $('archive-progress');
    post('archive/start', lastRequest).then(function (r) {
      bar.hidden = false;
      (function poll() {
        api('archive/runs/' + encodeURIComponent(r.run)).then(function (p) {
          if (p.total > 0) { bar.max = p.total; bar.value = p.done; }
          if (p.state === 'running') { setTimeout(poll, 1000); return; }
          bar.hidden = true;
          out.textContent = '';
          out.appendChild(el('p', p.state === 'done' ? 'ok' : 'bad', p.result));
          loadAlbums();
          route();
        }).catch(function (err) { out.textContent = err.message; });
      })();
    }).catch(function (err) { out.textContent = err.message; });
  });
  $('archive-cancel').addEventListener('click', function () { panel.hidden = true; });
  $('open-archive').addEventListener('click', function () { openArchive(state.album); });

  // ---- filters and routing --------------------------------------------------------------------------------------
  $('filters').addEventListener('submit', function (e) {
    e.preventDefault();
    state.filters = {from: $('filter-from').value, to: $('filter-to').value, media: $('filter-media').value, name: $('filter-name').value};
    route();
  });
  $('filter-clear').addEventListener('click', function () { $('filters').reset(); state.filters = {}; route(); });

  var VIEW_TITLES = {all: 'Library', favourites: 'Favourites', videos: 'Videos', live: 'Live Photos', shared: 'Shared Library',
    archived: 'Archived', 'left-icloud': 'Left iCloud', hidden: 'Hidden'};
  function route() {
    var h = location.hash.replace(/^#/, '');
    var parts = h.split('/');
    document.querySelectorAll('#side a.current').forEach(function (a) { a.classList.remove('current'); });
    $('nav-library').toggleAttribute('aria-current', parts[0] !== 'albums' && parts[0] !== 'album' && parts[0] !== 'shared');
    $('nav-albums').toggleAttribute('aria-current', parts[0] === 'albums' || parts[0] === 'album');
    document.body.classList.remove('show-side');
    $('nav-shared').toggleAttribute('aria-current', parts[0] === 'shared');
    document.body.classList.toggle('in-shared', parts[0] === 'shared');
    if (parts[0] === 'albums') { state.album = null; showAlbums(parts[1] || null); return; }
    if (parts[0] === 'shared') { state.album = null; if (parts[1]) showSharedAlbum(parts[1]); else showSharedAlbums(); return; }
    if (parts[0] === 'album' && parts[1]) {
      state.view = 'all';
      state.album = parts[1];
      var a = state.albumsById[parts[1]];
      var link = document.querySelector('#album-tree a[data-album="' + CSS.escape(parts[1]) + '"]');
      if (link) link.classList.add('current');
      showGrid(a ? a.path + (a.frozen ? ' (archived)' : '') : 'Album');
      return;
    }
    state.album = null;
    state.view = parts[0] === 'view' && VIEW_TITLES[parts[1]] ? parts[1] : 'all';
    var v = document.querySelector('#views a[data-view="' + state.view + '"]');
    if (v) v.classList.add('current');
    showGrid(VIEW_TITLES[state.view]);
  }
  window.addEventListener('hashchange', function () { closeViewer(); route(); });
  var filtersToggle = el('button', 'filters-toggle', 'Filters');
  filtersToggle.type = 'button';
  filtersToggle.addEventListener('click', function () { document.body.classList.toggle('show-filters'); });
  $('toolbar').insertBefore(filtersToggle, $('filters'));
  var menu = el('button', 'menu', '☰');
  menu.type = 'button';
  menu.id = 'menu';
  menu.addEventListener('click', function () { document.body.classList.toggle('show-side'); });
  document.querySelector('nav.top').insertBefore(menu, document.querySelector('nav.top').firstChild);
  // Only a library that keeps hidden assets (--photos-hidden) has any; the others never show the view.
  api('timeline?view=hidden&limit=1').then(function (p) { $('views-hidden').hidden = !p.items.length; }).catch(function () {});
  // The account chooser, shown when the service backs up more than one library.
  fetch(BASE + '/api/photos/accounts', {credentials: 'same-origin', cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (body) {
    var accounts = body.accounts || [];
    if (accounts.length < 2) return;
    var label = el('label', 'account-choice', 'Account ');
    var choice = el('select');
    choice.id = 'account-choice';
    accounts.forEach(function (a) {
      var o = el('option', null, a);
      o.value = a;
      if (ACCOUNT ? a.toLowerCase() === ACCOUNT.toLowerCase() : a === accounts[0]) o.selected = true;
      choice.appendChild(o);
    });
    choice.addEventListener('change', function () {
      location.assign(location.pathname + '?account=' + encodeURIComponent(choice.value));
    });
    label.appendChild(choice);
    document.querySelector('nav.top').insertBefore(label, $('open-archive'));
  }).catch(function () {});
  loadAlbums().then(route);
})();
