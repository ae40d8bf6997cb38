/// Warnings about time that do not stop a build (`--strict` makes them stop it).
enum TimingWarnings {
    static func check(_ cleared: [ClearedItem], asOf: LocalDate) -> [Diagnostic] {
        cleared.compactMap { c in
            guard c.status == .current, let due = c.item.reviewBy, due < asOf else { return nil }
            return Diagnostic(.warning, "timing.review-overdue",
                              "the item was due for review on \(due); confirm it is still valid and set a new 'review-by'",
                              at: c.item.location(of: "review-by"))
        }
    }
}
