// Print buttons, and the page's address and the print date on paper.
(function () {
  function stamp() {
    var date = new Date().toLocaleDateString(document.documentElement.lang || undefined,
      { year: "numeric", month: "long", day: "numeric" });
    document.querySelectorAll("[data-print-date]").forEach(function (el) { el.textContent = date; });
    document.querySelectorAll("[data-print-address]").forEach(function (el) { el.textContent = location.href.split("#")[0]; });
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) { stamp(); window.print(); }
  });
  window.addEventListener("beforeprint", stamp);
  stamp();
})();
