// The entry gallery's larger view (partials/figures.liquid). Without this script every image is a link
// to its largest file; with it the link opens a modal <dialog>: the browser keeps focus inside and closes
// it on Esc, the arrow keys and buttons go through the images, and focus returns to the image opened.
(function () {
  'use strict';
  var gallery = document.querySelector('[data-gallery]');
  var dialog = document.querySelector('[data-gallery-dialog]');
  if (!gallery || !dialog || typeof dialog.showModal !== 'function') return;
  var links = Array.prototype.slice.call(gallery.querySelectorAll('[data-gallery-item]'));
  var image = dialog.querySelector('.lightbox-image');
  var caption = dialog.querySelector('.lightbox-caption');
  var count = dialog.querySelector('[data-gallery-count]');
  var current = 0;
  var opener = null;

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    var thumb = link.querySelector('img');
    image.src = link.getAttribute('href');
    image.alt = thumb ? thumb.alt : '';
    caption.textContent = image.alt;
    if (count) count.textContent = (current + 1) + ' / ' + links.length;
  }

  links.forEach(function (link, index) {
    link.addEventListener('click', function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      opener = link;
      show(index);
      dialog.showModal();
      dialog.querySelector('[data-gallery-close]').focus();
    });
  });
  dialog.addEventListener('click', function (event) {
    var step = event.target.closest('[data-gallery-step]');
    if (step) show(current + Number(step.getAttribute('data-gallery-step')));
    else if (event.target.closest('[data-gallery-close]') || event.target === dialog) dialog.close();
  });
  dialog.addEventListener('keydown', function (event) {
    if (links.length < 2) return;
    if (event.key === 'ArrowRight') { show(current + 1); event.preventDefault(); }
    else if (event.key === 'ArrowLeft') { show(current - 1); event.preventDefault(); }
  });
  dialog.addEventListener('close', function () {
    if (opener) opener.focus();
    opener = null;
  });
})();
