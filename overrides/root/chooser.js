// Send the reader to their language when the browser says which; the links below work without it.
(function () {
  var chosen = null;
  try { chosen = localStorage.getItem("implementeringsguiden.lang"); } catch (e) {}
  var wanted = chosen ? [chosen] : (navigator.languages || [navigator.language || ""]);
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase();
    if (/^(nb|nn|no)\b/.test(code)) { location.replace("nb/"); return; }
    if (/^da\b/.test(code)) { location.replace("da/"); return; }
  }
})();
