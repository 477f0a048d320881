// SroDocs: small progressive enhancements. The site works without them.
// The main menu is a <details> element: folded on small screens, opened here on wide ones; Escape folds it again.
(function () {
  "use strict";
  var menu = document.getElementById("menu");
  if (!menu || !window.matchMedia) { return; }
  var wide = window.matchMedia("(min-width: 48rem)");
  function follow() { menu.open = wide.matches; }
  follow();
  if (wide.addEventListener) { wide.addEventListener("change", follow); }
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open && !wide.matches) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
})();

// Glossary tooltips.
// Escape hides an open tooltip (WCAG 1.4.13); on touch, the first tap shows the tooltip,
// the second follows the link to the glossary.
(function () {
  "use strict";
  function closeAll(except) {
    document.querySelectorAll(".term.term--open").forEach(function (term) {
      if (term !== except) { term.classList.remove("term--open"); }
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    document.querySelectorAll(".term:hover, .term:focus-within, .term.term--open").forEach(function (term) {
      term.classList.remove("term--open");
      term.classList.add("term--dismissed");
    });
  });
  document.addEventListener("pointerdown", function (event) {
    var term = event.target.closest ? event.target.closest(".term") : null;
    if (!term) { closeAll(null); }
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".term-link") : null;
    if (!link || !window.matchMedia("(hover: none)").matches) { return; }
    var term = link.parentElement;
    if (!term.classList.contains("term--open")) {
      event.preventDefault();
      closeAll(term);
      term.classList.remove("term--dismissed");
      term.classList.add("term--open");
    }
  });
  ["focusout", "mouseleave"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var term = event.target.closest ? event.target.closest(".term") : null;
      if (term) { term.classList.remove("term--dismissed"); }
    }, true);
  });
})();
