// Live side-by-side preview of the article body, rendered on the server by the same Markdown
// renderer as the public site. Loaded as a static file: the admin allows no inline script.
(function () {
  "use strict";

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function setUp(textarea) {
    var url = textarea.getAttribute("data-preview-url");
    var wrapper = document.createElement("div");
    wrapper.className = "newsroom-editor";
    textarea.parentNode.insertBefore(wrapper, textarea);
    wrapper.appendChild(textarea);

    var pane = document.createElement("div");
    pane.className = "newsroom-preview";
    pane.setAttribute("aria-live", "polite");
    pane.setAttribute("aria-label", "Preview");
    var stats = document.createElement("p");
    stats.className = "newsroom-stats";
    var rendered = document.createElement("div");
    rendered.className = "newsroom-rendered";
    pane.appendChild(stats);
    pane.appendChild(rendered);
    wrapper.appendChild(pane);

    var timer = null;
    var latest = 0;

    function refresh() {
      var request = ++latest;
      var body = new FormData();
      body.append("body", textarea.value);
      fetch(url, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(textarea.form) },
      })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) {
          if (request !== latest) return; // an older answer arriving late
          // The server's renderer sanitises its output: the same HTML the public page shows.
          rendered.innerHTML = data.html;
          stats.textContent =
            data.words + (data.words === 1 ? " word" : " words") + " · " +
            data.minutes + " min read";
          pane.setAttribute("data-state", "ready");
        })
        .catch(function () {
          stats.textContent = "Preview unavailable; your text is safe in the editor.";
        });
    }

    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 300);
    });
    refresh();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-preview-url]").forEach(setUp);
  });
})();
