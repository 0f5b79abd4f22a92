// The menu button of narrow screens (partials/header.html) opens and closes Material's navigation
// drawer by ticking the theme's own checkbox. Once the drawer has slid in, the focus goes to the
// first link one can see in it (Material opens it at the current page's section, over the levels
// above); Escape closes it and gives the focus back to the button.
(function () {
  var toggle = document.getElementById("__drawer");
  var button = document.querySelector("[data-drawer-button]");
  var drawer = document.querySelector(".md-sidebar--primary");
  if (!toggle || !button || !drawer) return;

  function firstLinkInSight() {
    var links = drawer.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var box = links[i].getBoundingClientRect();
      var onTop = box.width && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (onTop && links[i].contains(onTop)) return links[i];
    }
    return null;
  }

  toggle.addEventListener("change", function () {
    button.setAttribute("aria-expanded", String(toggle.checked));
  });
  function focusOnceIn(event) {
    if (event.target !== drawer || event.propertyName !== "transform") return;  // not a child's transition
    drawer.removeEventListener("transitionend", focusOnceIn);
    var link = toggle.checked && firstLinkInSight();
    if (link) link.focus();
  }

  button.addEventListener("click", function () {
    toggle.click();
    if (toggle.checked) drawer.addEventListener("transitionend", focusOnceIn);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !toggle.checked) return;
    toggle.click();
    button.focus();
  });
})();
