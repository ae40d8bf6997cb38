/// The preview server's own pages, for when the build has nothing to show.
enum PreviewPages {
    static func notBuiltYet(language: String) -> [UInt8] {
        language == "en"
            ? page("en", "Not built yet", "The site has not built yet. Fix the errors shown above; the page reloads by itself.")
            : page("zh-CN", "尚未构建成功", "站点还没有构建成功。请按上方提示修改，保存后页面会自动刷新。")
    }

    static func notFound(language: String) -> [UInt8] {
        language == "en"
            ? page("en", "404 Not found", "There is no page at this address in the preview. <a href=\"/\">Home</a>")
            : page("zh-CN", "404 页面不存在", "预览站点中没有这个页面。<a href=\"/\">返回首页</a>")
    }

    private static func page(_ lang: String, _ title: String, _ text: String) -> [UInt8] {
        Array("""
        <!DOCTYPE html>
        <html lang="\(lang)">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>\(title)</title></head>
        <body style="font:16px/1.6 system-ui,sans-serif;margin:3em auto;max-width:40em;padding:0 1em">
        <h1>\(title)</h1>
        <p>\(text)</p>
        </body>
        </html>

        """.utf8)
    }
}
