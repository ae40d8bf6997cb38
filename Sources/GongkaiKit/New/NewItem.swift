import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `gongkai new`: writes a new draft item with the next free 索引号.
public enum NewItem {
    /// The lock `create` holds while it picks a number and writes the file, relative to the root.
    public static let lockPath = "content/.gongkai-new.lock"

    /// Reads `content/site.yaml`, which says the language, time zone, categories and index format.
    public static func siteConfig(root: URL) throws(NewItemError) -> SiteConfig {
        let url = root.appendingPathComponent("content/site.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .io("no content/site.yaml in \(root.path); run gongkai in a site's folder or pass --root DIR")
        }
        let (file, error) = SourceFile.decode(path: "content/site.yaml", bytes: Array(data))
        guard let file else { throw .site([error!]) }
        let (config, diagnostics) = SiteConfigDecoder.decode(file)
        guard let config else { throw .site(diagnostics) }
        return config
    }

    /// Checks the request, then, holding the lock, picks the id and the next free 索引号 and
    /// creates `content/items/<year>/<id>.md`. Never overwrites: an existing file is an error.
    public static func create(_ request: NewItemRequest, config: SiteConfig, root: URL) throws(NewItemError) -> NewItemResult {
        let plan = try NewItemPlan.make(request, config: config)
        let format = IndexFormat(config.indexFormat, organCode: config.organCode)
        let year = plan.date.year
        let folder = root.appendingPathComponent("content/items/\(year)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create \(folder.path): \(error.localizedDescription)")
        }
        do {
            return try FileLock.withExclusiveLock(at: root.appendingPathComponent(lockPath).path) {
                let scan = ContentScan.read(root: root)
                let id = try chooseID(plan, scan: scan, year: year, root: root)
                let (index, serial) = scan.nextIndex(format: format, year: year)
                if let width = format.serialWidth, String(serial).count > width {
                    throw NewItemError.indexExhausted(year: year, format: config.indexFormat)
                }
                let path = "content/items/\(year)/\(id).md"
                let text = ItemTemplate(plan: plan, config: config, index: index).text()
                try writeNew(root.appendingPathComponent(path).path, text, relative: path)
                return NewItemResult(path: path, id: id, index: index)
            }
        } catch let e as NewItemError {
            throw e
        } catch {
            throw .io(error.localizedDescription)
        }
    }

    /// `--id`, refused when taken; else `<date>-<kind>`, then `-2`, `-3` … until one is free.
    private static func chooseID(_ plan: NewItemPlan, scan: ContentScan, year: Int, root: URL) throws -> String {
        func taken(_ id: String) -> String? {
            let path = "content/items/\(year)/\(id).md"
            return scan.ids[id] ?? (FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) ? path : nil)
        }
        if let id = plan.id {
            if let owner = taken(id) {
                throw owner == "content/items/\(year)/\(id).md" ? NewItemError.exists(path: owner) : .idTaken(id: id, by: owner)
            }
            return id
        }
        let base = "\(plan.date)-\(plan.kind.rawValue)"
        var candidate = base
        var n = 1
        while taken(candidate) != nil {
            n += 1
            candidate = "\(base)-\(n)"
        }
        return candidate
    }

    /// Creates the file only if it does not exist (`O_EXCL`), so no race can overwrite one.
    private static func writeNew(_ full: String, _ text: String, relative: String) throws {
        let fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw NewItemError.exists(path: relative) }
            throw NewItemError.io("cannot create \(relative): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let message = String(cString: strerror(errno))
                unlink(full)
                throw NewItemError.io("cannot write \(relative): \(message)")
            }
            offset += n
        }
    }
}
