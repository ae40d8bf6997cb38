/// Live reload for previews: a script tag injected into every HTML page the preview server
/// sends (never into the built files), and the script it loads. The script listens to
/// `/__gongkai/events` (Server-Sent Events), reloads the page when a newer build is out, and
/// when the latest build failed fetches `/__gongkai/status` and shows its diagnostics over the
/// page, set with `textContent` so no message can inject markup.
public enum LiveReload {
    public static let scriptPath = "/__gongkai/live.js"
    public static let eventsPath = "/__gongkai/events"
    public static let statusPath = "/__gongkai/status"

    /// The tag, naming the build the page comes from.
    public static func tag(buildID: String) -> String {
        "<script src=\"\(scriptPath)\" data-build=\"\(buildID)\"></script>"
    }

    /// `html` with the tag before its last `</body>` (any case), or at the end when there is none.
    public static func inject(_ html: [UInt8], buildID: String) -> [UInt8] {
        let tag = Array(tag(buildID: buildID).utf8)
        let needle = Array("</body".utf8)
        var i = html.count - needle.count
        while i >= 0 {
            if html[i] == 60 && zip(html[i..<i + needle.count], needle).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                return Array(html[..<i]) + tag + Array(html[i...])
            }
            i -= 1
        }
        return html + tag
    }

    public static let script = #"""
    // gongkai serve: reload on a new build; show build errors over the page.
    (function () {
      "use strict";
      var me = document.currentScript;
      var build = me ? me.getAttribute("data-build") : "";
      var overlay = null;

      function hide() {
        if (overlay) { overlay.parentNode.removeChild(overlay); overlay = null; }
      }

      function show(status) {
        hide();
        overlay = document.createElement("div");
        overlay.id = "gongkai-build-error";
        overlay.setAttribute("role", "alert");
        overlay.style.cssText = "position:fixed;z-index:2147483647;left:0;right:0;top:0;max-height:75vh;overflow:auto;" +
          "margin:0;padding:1em 1.25em;background:#fff4f4;color:#1a1a1a;border-bottom:4px solid #b00020;" +
          "box-shadow:0 2px 10px rgba(0,0,0,.35);font:15px/1.6 system-ui,sans-serif;text-align:left";
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = "×";
        close.setAttribute("aria-label", status.close || "close");
        close.style.cssText = "float:right;font-size:20px;line-height:1;border:0;background:none;cursor:pointer";
        close.onclick = hide;
        overlay.appendChild(close);
        var title = document.createElement("strong");
        title.textContent = status.title || "build failed";
        overlay.appendChild(title);
        (status.diagnostics || []).forEach(function (d) {
          var pre = document.createElement("pre");
          pre.style.cssText = "white-space:pre-wrap;margin:.6em 0 0;font:13px/1.5 ui-monospace,monospace;color:#600";
          pre.textContent = d.text;
          overlay.appendChild(pre);
        });
        if (status.failure) {
          var p = document.createElement("pre");
          p.textContent = status.failure;
          overlay.appendChild(p);
        }
        document.body.appendChild(overlay);
      }

      function check() {
        fetch("/__gongkai/status", { cache: "no-store" })
          .then(function (r) { return r.json(); })
          .then(function (s) { apply(s, false); })
          .catch(function () {});
      }

      function apply(s, fromEvent) {
        if (s.ok) {
          hide();
          if (s.build && s.build !== build) { location.reload(); }
        } else if (fromEvent) {
          check();
        } else {
          show(s);
        }
      }

      if (!window.EventSource) { setInterval(check, 1000); check(); return; }
      var events = new EventSource("/__gongkai/events");
      events.onmessage = function (e) {
        try { apply(JSON.parse(e.data), true); } catch (x) {}
      };
    })();

    """#
}
