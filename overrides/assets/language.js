// Remember the language a reader chooses, so the site root sends them there next time.
document.addEventListener("click", function (event) {
  var link = event.target.closest("[data-language-choice]");
  if (!link) return;
  try { localStorage.setItem("implementeringsguiden.lang", link.getAttribute("data-language-choice")); } catch (e) {}
});
