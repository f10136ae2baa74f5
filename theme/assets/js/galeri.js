// The site's own small script (no library): the phone menu and the web app manifest link.
(function () {
  'use strict';

  // The menu on phones: a disclosure button (aria-expanded) that shows and hides the list. Without
  // this script the button stays hidden and the list is one row that scrolls sideways, every link reachable.
  var nav = document.querySelector('.site-nav');
  var button = nav && nav.querySelector('.nav-toggle');
  var list = button && document.getElementById(button.getAttribute('aria-controls'));
  if (list) {
    var setOpen = function (open) { button.setAttribute('aria-expanded', open ? 'true' : 'false'); };
    button.hidden = false;
    nav.classList.add('nav-ready');
    button.addEventListener('click', function () { setOpen(button.getAttribute('aria-expanded') !== 'true'); });
    nav.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        button.focus();
      }
    });
  }

  // The manifest is linked only over http(s): a page opened from disk (file://) may not fetch it, and
  // the browser would log an error for every page.
  var script = document.currentScript;
  var manifest = script && script.getAttribute('data-manifest');
  if (manifest && /^https?:$/.test(location.protocol)) {
    var link = document.createElement('link');
    link.rel = 'manifest';
    link.href = manifest;
    document.head.appendChild(link);
  }
})();
